import { describe, expect, it } from "vitest";
import { formatPoints, priorityExplanation } from "./priority-explanation";

describe("priorityExplanation", () => {
  it("lists every component's reason and points, ARR first", () => {
    const text = priorityExplanation({
      priority: 47.46,
      components: {
        arr: { points: 15, max: 30, reason: "ARR $100,000.00" },
        risk: { points: 20, max: 30, reason: "High risk" },
        due: { points: 12.46, max: 30, reason: "Due in 2 days" },
        age: { points: 0, max: 10, reason: "Ready for less than an hour" },
      },
    });
    expect(text.split("\n")).toEqual([
      "Priority 47.5 of 100",
      "ARR $100,000.00: 15 of 30 points",
      "High risk: 20 of 30 points",
      "Due in 2 days: 12.5 of 30 points",
      "Ready for less than an hour: 0 of 10 points",
    ]);
  });

  it("rounds points to one decimal", () => {
    expect(formatPoints(7.84)).toBe("7.8");
    expect(formatPoints(30)).toBe("30");
  });
});
