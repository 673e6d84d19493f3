import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats.js";

describe("percentiles", () => {
  it("use the nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([
      percentile(sorted, 50),
      percentile(sorted, 95),
      percentile(sorted, 99),
      percentile(sorted, 100),
    ]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
  });

  it("summarize unsorted samples", () => {
    expect(summarize([3, 1, 2, 4])).toEqual({ count: 4, p50: 2, p95: 4, p99: 4, mean: 2.5 });
  });
});
