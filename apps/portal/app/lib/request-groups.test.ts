import { describe, expect, it } from "vitest";
import { groupRequests, requestStateLabel } from "./request-groups";

const at = (day: number) => new Date(Date.UTC(2031, 0, day));

describe("groupRequests", () => {
  it("puts open requests first, soonest due first, undated ones last; done ones keep their order", () => {
    const requests = [
      { id: "done-new", state: "completed" as const, dueAt: at(1), executedAt: at(9) },
      { id: "open-undated", state: "executed" as const, dueAt: null, executedAt: at(8) },
      { id: "open-late", state: "executed" as const, dueAt: at(20), executedAt: at(7) },
      { id: "done-old", state: "completed" as const, dueAt: null, executedAt: at(2) },
      { id: "open-soon", state: "executed" as const, dueAt: at(10), executedAt: at(3) },
    ];
    const groups = groupRequests(requests);
    expect(groups.open.map((request) => request.id)).toEqual(["open-soon", "open-late", "open-undated"]);
    expect(groups.done.map((request) => request.id)).toEqual(["done-new", "done-old"]);
  });

  it("labels states the way a customer reads them", () => {
    expect(requestStateLabel("executed")).toBe("Waiting for you");
    expect(requestStateLabel("completed")).toBe("Done");
  });
});
