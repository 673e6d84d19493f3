import { describe, expect, it } from "vitest";
import { type AccountListItem, parseAccountSort, sortAccounts } from "./account-sort";
import { accountListItem } from "./testing/account-fixtures";

const accounts: AccountListItem[] = [
  accountListItem({ name: "Cobalt", arrMinor: 5_000_00, risk: "low", ready: 1 }),
  accountListItem({ name: "Aster", arrMinor: 90_000_00, risk: "high", ready: 0 }),
  accountListItem({ name: "Birch", arrMinor: 90_000_00, risk: "critical", ready: 4 }),
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
