import type { HealthSnapshot, UtcTimestamp } from "@trellis/domain";
import { roundTo } from "./rounding.js";

const WEEK_MS = 7 * 86_400_000;

/** The header sparkline and the "health declined" risk signal look at six weeks (SPEC §E). */
export const HEALTH_TREND_WEEKS = 6;

export interface HealthTrendPoint {
  asOf: UtcTimestamp;
  score: number;
}

export interface HealthTrend {
  /** Scored snapshots of the window, oldest first: the sparkline. */
  points: HealthTrendPoint[];
  /** Last score minus first score of the window; null with fewer than two points. */
  change: number | null;
  /** Least-squares slope in points per week (two decimals); null with fewer than two points. */
  slopePerWeek: number | null;
  /** The fitted line's change from the first to the last point: `slopePerWeek × weeks spanned` (two decimals). */
  fittedChange: number | null;
}

/**
 * The health trend over the last `weeks` weeks: the scored snapshots whose `asOf` lies within `weeks × 7` days of
 * the latest scored one (so six weekly snapshots), sorted by time, with a least-squares slope over their real
 * dates (a missed week does not distort it). Snapshots without a score are skipped.
 *
 * @example
 * healthTrend(weeklySnapshots).slopePerWeek; // -2.5
 */
export function healthTrend(
  snapshots: readonly HealthSnapshot[],
  weeks: number = HEALTH_TREND_WEEKS,
): HealthTrend {
  const scored = snapshots
    .flatMap((snapshot) => (snapshot.score === null ? [] : [{ asOf: snapshot.asOf, score: snapshot.score }]))
    .sort((a, b) => Date.parse(a.asOf) - Date.parse(b.asOf));
  const latest = scored.at(-1);
  if (!latest) return { points: [], change: null, slopePerWeek: null, fittedChange: null };

  const windowStart = Date.parse(latest.asOf) - weeks * WEEK_MS;
  const points = scored.filter((point) => Date.parse(point.asOf) > windowStart);
  const first = points[0];
  if (!first || points.length < 2) return { points, change: null, slopePerWeek: null, fittedChange: null };

  const xs = points.map((point) => (Date.parse(point.asOf) - Date.parse(first.asOf)) / WEEK_MS);
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = points.reduce((sum, point) => sum + point.score, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  points.forEach((point, index) => {
    const dx = (xs[index] ?? 0) - meanX;
    covariance += dx * (point.score - meanY);
    variance += dx * dx;
  });
  // Several snapshots at the same instant have no time spread: no slope can be fitted.
  const slope = variance === 0 ? 0 : covariance / variance;
  const span = (xs.at(-1) ?? 0) - (xs[0] ?? 0);
  return {
    points,
    change: latest.score - first.score,
    slopePerWeek: roundTo(slope, 2),
    fittedChange: roundTo(slope * span, 2),
  };
}

/**
 * The "health declined" risk signal: true when the fitted six-week trend fell by at least `threshold` points.
 * The fitted line rather than first-versus-last keeps one noisy week from raising (or hiding) the signal; a
 * sudden drop still counts in proportion, and crossing a status band is a separate signal.
 *
 * @example
 * isHealthDeclining(weeklySnapshots, 10); // true when the line through the last six weeks fell 10 points or more
 */
export function isHealthDeclining(
  snapshots: readonly HealthSnapshot[],
  threshold: number,
  weeks: number = HEALTH_TREND_WEEKS,
): boolean {
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new RangeError(`the decline threshold must be a positive number of points, got ${threshold}`);
  }
  const { fittedChange } = healthTrend(snapshots, weeks);
  return fittedChange !== null && fittedChange <= -threshold;
}
