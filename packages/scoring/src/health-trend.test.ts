import type { HealthSnapshot } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { healthStatusForScore } from "./health-status.js";
import { healthTrend, isHealthDeclining } from "./health-trend.js";

const latest = Date.parse("2026-03-30T00:00:00.000Z");

function weekly(scores: readonly (number | null)[]): HealthSnapshot[] {
  // The last score is the latest week; earlier ones are a week apart.
  return scores.map((score, index) => ({
    asOf: new Date(latest - (scores.length - 1 - index) * 7 * 86_400_000).toISOString(),
    score,
    status: score === null ? null : healthStatusForScore(score),
    indicators: [],
  }));
}

describe("healthTrend", () => {
  it("fits a line through the last six weekly snapshots", () => {
    const trend = healthTrend(weekly([80, 78, 76, 74, 72, 70]));
    expect(trend.points.map((point) => point.score)).toEqual([80, 78, 76, 74, 72, 70]);
    expect(trend).toMatchObject({ change: -10, slopePerWeek: -2, fittedChange: -10 });
  });

  it("looks only at six weeks back from the latest snapshot, in time order, skipping unscored weeks", () => {
    // Seven weekly snapshots given out of order: the oldest (42 days before the latest) is outside the window.
    const snapshots = weekly([20, 60, 64, null, 66, 65, 70]).reverse();
    const trend = healthTrend(snapshots);
    expect(trend.points.map((point) => point.score)).toEqual([60, 64, 66, 65, 70]);
    // x in weeks 0, 1, 3, 4, 5 (mean 2.6), y mean 65: Σdx·dy = 13 + 1.6 + 0.4 + 0 + 12 = 27, Σdx² = 17.2,
    // slope 27 / 17.2 = 1.5698 per week, fitted change over 5 weeks 7.85; last − first = 10.
    expect(trend.change).toBe(10);
    expect(trend.slopePerWeek).toBe(1.57);
    expect(trend.fittedChange).toBe(7.85);
  });

  it("has no slope with fewer than two scored snapshots", () => {
    expect(healthTrend([])).toEqual({ points: [], change: null, slopePerWeek: null, fittedChange: null });
    expect(healthTrend(weekly([null, 75]))).toMatchObject({ change: null, slopePerWeek: null });
  });

  it("weighs one bad week less than a steady decline", () => {
    // 80, 80, 80, 80, 80, 65: slope = −37.5 / 17.5 = −2.14 per week, fitted change −10.71 while last − first is −15.
    const trend = healthTrend(weekly([80, 80, 80, 80, 80, 65]));
    expect(trend).toMatchObject({ change: -15, slopePerWeek: -2.14, fittedChange: -10.71 });
  });
});

describe("isHealthDeclining", () => {
  it("is true when the fitted six-week change fell by the threshold or more", () => {
    const declining = weekly([80, 78, 76, 74, 72, 70]);
    expect(isHealthDeclining(declining, 10)).toBe(true);
    expect(isHealthDeclining(declining, 10.5)).toBe(false);
    expect(isHealthDeclining(weekly([70, 72, 74, 76, 78, 80]), 5)).toBe(false);
    expect(isHealthDeclining(weekly([80, 80, 80, 80, 80, 65]), 12)).toBe(false);
    expect(isHealthDeclining(weekly([80]), 1)).toBe(false);
  });

  it("refuses a threshold that is not a positive number of points", () => {
    expect(() => isHealthDeclining([], 0)).toThrow(RangeError);
    expect(() => isHealthDeclining([], -5)).toThrow("positive number of points");
    expect(() => isHealthDeclining([], Number.NaN)).toThrow(RangeError);
  });
});
