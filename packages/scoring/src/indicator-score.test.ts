import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gapToTarget, indicatorScore } from "./indicator-score.js";

describe("indicatorScore", () => {
  it("maximize: actual / target × 100, capped at 100", () => {
    expect(indicatorScore("maximize", 80, 100)).toBe(80);
    expect(indicatorScore("maximize", 100, 160)).toBe(62.5);
    expect(indicatorScore("maximize", 2, 3)).toBe(66.7);
    expect(indicatorScore("maximize", 250, 100)).toBe(100);
    expect(indicatorScore("maximize", 0, 100)).toBe(0);
  });

  it("minimize: 100 up to the target, then target / actual × 100", () => {
    expect(indicatorScore("minimize", 3, 4)).toBe(100);
    expect(indicatorScore("minimize", 4, 4)).toBe(100);
    expect(indicatorScore("minimize", 8, 4)).toBe(50);
    expect(indicatorScore("minimize", 16, 4)).toBe(25);
    expect(indicatorScore("minimize", 6, 4)).toBe(66.7);
  });

  it("handles a target of zero explicitly", () => {
    // Maximizing towards 0 is always met; minimizing towards 0 is missed by anything above it.
    expect(indicatorScore("maximize", 0, 0)).toBe(100);
    expect(indicatorScore("maximize", 7, 0)).toBe(100);
    expect(indicatorScore("minimize", 0, 0)).toBe(100);
    expect(indicatorScore("minimize", 1, 0)).toBe(0);
  });

  it("scores negative values 0 when maximizing and 100 when minimizing", () => {
    expect(indicatorScore("maximize", -20, 50)).toBe(0);
    expect(indicatorScore("minimize", -3, 4)).toBe(100);
  });

  it("stays within 0–100 and moves the right way as the value grows", () => {
    const value = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    const target = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom("maximize" as const, "minimize" as const),
        value,
        value,
        target,
        (d, a, b, t) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowScore = indicatorScore(d, low, t);
          const highScore = indicatorScore(d, high, t);
          for (const score of [lowScore, highScore]) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
          }
          if (d === "maximize") expect(highScore).toBeGreaterThanOrEqual(lowScore);
          else expect(highScore).toBeLessThanOrEqual(lowScore);
        },
      ),
    );
  });
});

describe("gapToTarget", () => {
  it("is positive when beating the target and negative when short of it, in either direction", () => {
    expect(gapToTarget("maximize", 80, 100)).toBe(-20);
    expect(gapToTarget("maximize", 130, 100)).toBe(30);
    expect(gapToTarget("minimize", 3, 4)).toBe(25);
    expect(gapToTarget("minimize", 6, 4)).toBe(-50);
    expect(gapToTarget("maximize", 1, 3)).toBe(-66.7);
  });

  it("has no percentage against a zero target unless the value is zero too", () => {
    expect(gapToTarget("minimize", 0, 0)).toBe(0);
    expect(gapToTarget("minimize", 2, 0)).toBeNull();
    expect(gapToTarget("maximize", 5, 0)).toBeNull();
  });
});
