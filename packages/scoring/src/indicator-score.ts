import type { HealthDirection } from "@trellis/domain";
import { clamp, roundTo } from "./rounding.js";

/**
 * Scores an indicator 0–100 from its aggregated value, rounded to one decimal so that the overall score can be
 * recomputed by hand from the scores shown.
 *
 * - maximize: `min(100, actual / target × 100)`; negative values score 0; a target of 0 is always met (100).
 * - minimize: 100 while `actual ≤ target`, then `target / actual × 100` — twice the target scores 50, four times 25:
 *   the mirror image of maximize, falling smoothly and never below 0. With a target of 0, any amount above it
 *   scores 0 (a "no P1 tickets" target is missed by the first ticket).
 *
 * @example
 * indicatorScore("maximize", 80, 100); // 80
 * indicatorScore("minimize", 8, 4); // 50
 */
export function indicatorScore(direction: HealthDirection, actual: number, target: number): number {
  if (direction === "maximize") {
    if (target <= 0) return 100;
    return roundTo(clamp((actual / target) * 100, 0, 100), 1);
  }
  if (actual <= target) return 100;
  if (target <= 0) return 0;
  return roundTo(clamp((target / actual) * 100, 0, 100), 1);
}

/**
 * Signed distance to target in percent of the target, one decimal: positive when the indicator beats its target,
 * negative when it falls short, whatever its direction (so sorting by gap puts the worst first).
 * - maximize: `(actual − target) / target × 100`; minimize: `(target − actual) / target × 100`.
 * - A target of 0 has no percentage: the gap is 0 when the value is 0 too, otherwise `null`.
 *
 * @example
 * gapToTarget("maximize", 80, 100); // -20
 * gapToTarget("minimize", 3, 4); // 25
 */
export function gapToTarget(direction: HealthDirection, actual: number, target: number): number | null {
  if (target === 0) return actual === 0 ? 0 : null;
  const difference = direction === "maximize" ? actual - target : target - actual;
  return roundTo((difference / target) * 100, 1);
}
