import { describe, expect, it } from "vitest";
import { parseReadyQueueFilters, readyQueueSearch } from "./ready-queue-filters";

describe("parseReadyQueueFilters", () => {
  it("reads owner, type and cursor", () => {
    expect(parseReadyQueueFilters(new URLSearchParams("owner=mine&type=email&cursor=abc"))).toEqual({
      owner: "mine",
      type: "email",
      cursor: "abc",
    });
  });

  it("falls back to all owners, every type and the first page for unknown values", () => {
    expect(parseReadyQueueFilters(new URLSearchParams("owner=bob&type=fax&cursor="))).toEqual({
      owner: "all",
      type: null,
      cursor: null,
    });
  });
});

describe("readyQueueSearch", () => {
  it("round-trips the filters and leaves defaults out", () => {
    const filters = { owner: "mine", type: "slack", cursor: "c1" } as const;
    expect(parseReadyQueueFilters(new URLSearchParams(readyQueueSearch(filters)))).toEqual(filters);
    expect(readyQueueSearch({ owner: "all", type: null, cursor: null })).toBe("");
  });
});
