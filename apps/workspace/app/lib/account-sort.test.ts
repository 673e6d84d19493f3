import { describe, expect, it } from "vitest";
import { type AccountListItem, parseAccountSort, sortAccounts } from "./account-sort";
import { accountListItem } from "./testing/account-fixtures";

const accounts: AccountListItem[] = [
  accountListItem({ name: "Cobalt", arrMinor: 5_000_00, risk: "low", ready: 1 }),
  accountListItem({
    name: "Aster",
    arrMinor: 90_000_00,
    risk: "high",
    ready: 0,
    health: { score: 72, status: "healthy" },
  }),
  accountListItem({
    name: "Birch",
    arrMinor: 90_000_00,
    risk: "critical",
    ready: 4,
    health: { score: 31, status: "struggling" },
  }),
];
const names = (list: AccountListItem[]) => list.map((account) => account.name);

describe("sortAccounts", () => {
  it("orders by name, A–Z", () => {
    expect(names(sortAccounts(accounts, "name"))).toEqual(["Aster", "Birch", "Cobalt"]);
  });

  it("puts the largest ARR first, ties by name", () => {
    expect(names(sortAccounts(accounts, "arr"))).toEqual(["Aster", "Birch", "Cobalt"]);
  });

  it("puts the highest risk first", () => {
    expect(names(sortAccounts(accounts, "risk"))).toEqual(["Birch", "Aster", "Cobalt"]);
  });

  it("puts the weakest health first and accounts never scored last", () => {
    expect(names(sortAccounts(accounts, "health"))).toEqual(["Birch", "Aster", "Cobalt"]);
    const tied = [
      accountListItem({ name: "Delta" }),
      accountListItem({ name: "Elm", health: { score: 31, status: "struggling" } }),
      ...accounts,
    ];
    expect(names(sortAccounts(tied, "health"))).toEqual(["Birch", "Elm", "Aster", "Cobalt", "Delta"]);
  });

  it("puts the most ready actions first", () => {
    expect(names(sortAccounts(accounts, "ready"))).toEqual(["Birch", "Cobalt", "Aster"]);
  });

  it("does not reorder its input", () => {
    sortAccounts(accounts, "risk");
    expect(names(accounts)).toEqual(["Cobalt", "Aster", "Birch"]);
  });
});

describe("parseAccountSort", () => {
  it("reads a known sort and falls back to name", () => {
    expect(parseAccountSort("arr")).toBe("arr");
    expect(parseAccountSort("drop table")).toBe("name");
    expect(parseAccountSort(null)).toBe("name");
  });
});
