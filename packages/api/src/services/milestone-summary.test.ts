import { emptyStateCounts } from "@trellis/db";
import { describe, expect, it } from "vitest";
import { milestoneProgress } from "./milestone-summary.js";

describe("milestoneProgress", () => {
  it("counts completed and skipped actions as done and rounds the percent", () => {
    const counts = { ...emptyStateCounts(), pending: 1, ready: 1, completed: 3, skipped: 1 };
    expect(milestoneProgress(counts, 1)).toEqual({
      byState: counts,
      total: 6,
      done: 4,
      openBlockers: 1,
      percent: 67,
    });
  });

  it("is 0 % for a milestone without actions", () => {
    expect(milestoneProgress(emptyStateCounts(), 0)).toMatchObject({ total: 0, done: 0, percent: 0 });
  });
});
