import type {
  HealthIndicatorResult,
  HealthModel,
  HealthSnapshot,
  MetricSample,
  UtcTimestamp,
} from "@trellis/domain";
import { healthStatusForScore } from "./health-status.js";
import { gapToTarget, indicatorScore } from "./indicator-score.js";
import { aggregateMetric } from "./metric-aggregate.js";
import { clamp } from "./rounding.js";

/**
 * Computes an engagement's health score at `asOf` (SPEC §E):
 * `score = round(Σ indicator score × effective weight / 100)`, 0–100, and its status band.
 *
 * An indicator whose metric has no data is marked `no_data` and left out, and the weights of the others are
 * scaled up in proportion (`effective weight = weight × 100 / Σ weights with data`), so a missing integration
 * neither sinks the score to Struggling nor inflates it. When no indicator has data the score and status are null.
 *
 * Pass a model parsed with `healthModelSchema` (weights summing to 100); the result stays within 0–100 anyway.
 *
 * @example
 * const snapshot = computeHealthScore(model, samples, "2026-03-02T00:00:00.000Z");
 * snapshot.score; // 72
 * snapshot.status; // "healthy"
 */
export function computeHealthScore(
  model: HealthModel,
  samples: readonly MetricSample[],
  asOf: UtcTimestamp,
): HealthSnapshot {
  const measured = model.indicators.map((indicator) => {
    const actual = aggregateMetric(samples, indicator, asOf);
    return {
      indicator,
      actual,
      score: actual === null ? null : indicatorScore(indicator.direction, actual, indicator.target),
    };
  });
  const weightWithData = measured.reduce(
    (sum, { indicator, score }) => (score === null ? sum : sum + indicator.weight),
    0,
  );

  let total = 0;
  const indicators = measured.map(({ indicator, actual, score }): HealthIndicatorResult => {
    const effectiveWeight =
      score === null || weightWithData === 0 ? 0 : (indicator.weight * 100) / weightWithData;
    const contribution = score === null ? 0 : (score * effectiveWeight) / 100;
    total += contribution;
    return {
      key: indicator.key,
      name: indicator.name,
      metric: indicator.metric,
      aggregate: indicator.aggregate,
      windowDays: indicator.windowDays,
      direction: indicator.direction,
      target: indicator.target,
      weight: indicator.weight,
      status: score === null ? "no_data" : "scored",
      actual,
      score,
      gapPercent: actual === null ? null : gapToTarget(indicator.direction, actual, indicator.target),
      effectiveWeight,
      contribution,
    };
  });

  const score = weightWithData === 0 ? null : clamp(Math.round(total), 0, 100);
  return {
    asOf,
    score,
    status: score === null ? null : healthStatusForScore(score, model.bands),
    indicators,
  };
}
