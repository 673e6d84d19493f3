import { cleanup, render, screen, within } from "@testing-library/react";
import { createRoutesStub, RouterContextProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { apiContext } from "../lib/api-context.server";
import { accountListItem } from "../lib/testing/account-fixtures";
import { fakeApi } from "../lib/testing/fake-api";
import Accounts, { loader } from "./accounts";

const book = [
  accountListItem({ name: "Cobalt Labs", arrMinor: 5_000_00, risk: "low", ready: 1 }),
  accountListItem({
    name: "Aster Health",
    arrMinor: 120_000_00,
    risk: "high",
    ready: 3,
    health: { score: 38, status: "struggling" },
  }),
  accountListItem({
    name: "Birch Bank",
    arrMinor: 60_000_00,
    risk: "low",
    ready: 0,
    health: { score: 86, status: "thriving" },
  }),
];

function renderAccounts(url: string, accounts = book) {
  const api = fakeApi({ "accounts.list": () => ({ items: accounts, nextCursor: null }) });
  const context = new RouterContextProvider();
  context.set(apiContext, api.client);
  const Stub = createRoutesStub(
    [{ path: "/accounts", Component: Accounts, loader, HydrateFallback: () => null }],
    context,
  );
  render(<Stub initialEntries={[url]} future={{ v8_middleware: true }} />);
  return api;
}

afterEach(cleanup);

describe("/accounts", () => {
  it("lists accounts with ARR, risk and ready counts, sorted as the URL asks", async () => {
    renderAccounts("/accounts?sort=arr");
    const rows = await screen.findAllByRole("row");
    // The header row, then the largest ARR first.
    expect(within(rows[1] as HTMLElement).getByRole("link").textContent).toBe("Aster Health");
    expect(within(rows[1] as HTMLElement).getByText("$120,000.00")).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText("High risk")).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByRole("link").textContent).toBe("Birch Bank");
    expect(within(rows[3] as HTMLElement).getByRole("link").textContent).toBe("Cobalt Labs");
    expect(screen.getByRole("link", { name: "Aster Health" }).getAttribute("href")).toBe(
      "/accounts/acc_aster-health",
    );
  });

  it("shows each account's health status and score, weakest first when sorted by health", async () => {
    renderAccounts("/accounts?sort=health");
    const rows = await screen.findAllByRole("row");
    const healthColumn = screen
      .getAllByRole("columnheader")
      .findIndex((cell) => cell.textContent === "Health");
    const healthOf = (row: number) =>
      within(rows[row] as HTMLElement).getAllByRole("cell")[healthColumn - 1]?.textContent;
    expect(healthColumn).toBeGreaterThan(0);
    expect(within(rows[1] as HTMLElement).getByRole("link").textContent).toBe("Aster Health");
    expect(healthOf(1)).toBe("Struggling38 out of 100");
    expect(healthOf(2)).toBe("Thriving86 out of 100");
    expect(within(rows[3] as HTMLElement).getByRole("link").textContent).toBe("Cobalt Labs");
    expect(healthOf(3)).toBe("Not scored");
    expect((screen.getByRole("combobox", { name: "Sort by" }) as HTMLSelectElement).value).toBe("health");
  });

  it("sends the search to the API", async () => {
    const api = renderAccounts("/accounts?search=%20aster%20");
    await screen.findAllByRole("row");
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]).toMatchObject({ path: "accounts.list", input: { search: "aster", limit: 100 } });
    expect((screen.getByRole("searchbox", { name: "Search" }) as HTMLInputElement).value).toBe("aster");
  });

  it("says when no account matches the search, and offers to clear it", async () => {
    renderAccounts("/accounts?search=zzz", []);
    expect(await screen.findByText("No account matches “zzz”")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Clear the search" }).getAttribute("href")).toBe("/accounts");
    expect(screen.queryByRole("table")).toBeNull();
  });
});
