import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retry-backoff.js";

const policy = { baseMs: 1_000, maxMs: 60_000 };

describe("retryDelayMs", () => {
  it.each([
    [1, 0, 500],
    [1, 1, 1_000],
    [2, 0, 1_000],
    [3, 0.5, 3_000],
    [4, 1, 8_000],
  ])("after attempt %i with random %f waits %i ms", (attempt, random, expected) => {
    expect(retryDelayMs(attempt, policy, () => random)).toBe(expected);
  });

  it("never waits longer than the cap, even after many attempts", () => {
    expect(retryDelayMs(50, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(50, policy, () => 0)).toBe(30_000);
  });

  it("grows with the attempt while the jitter stays within half the delay", () => {
    const delays = [1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, policy, Math.random));
    delays.forEach((delay, index) => {
      const ceiling = 1_000 * 2 ** index;
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    });
  });
});
