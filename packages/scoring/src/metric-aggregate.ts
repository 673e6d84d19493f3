import type { HealthAggregate, MetricKey, MetricSample, UtcTimestamp } from "@trellis/domain";

const DAY_MS = 86_400_000;

/** What an indicator aggregates: a metric, how, and over how many days. */
export interface MetricWindow {
  metric: MetricKey;
  aggregate: HealthAggregate;
  windowDays: number;
}

/**
 * Aggregates a metric's samples over the trailing window `(asOf − windowDays, asOf]`; samples after `asOf` are
 * ignored, so recomputing an old snapshot gives the same value.
 *
 * Returns `null` ("no data") when there is nothing to aggregate:
 * - `average` of an empty window is undefined, so it is `null`;
 * - `sum` of an empty window is `0` when the metric has reported before (a quiet month of tickets really is zero
 *   tickets), but `null` when it never has (the integration is not sending it yet, which is not a zero).
 *
 * @example
 * aggregateMetric(samples, { metric: "logins", aggregate: "sum", windowDays: 7 }, "2026-03-08T00:00:00.000Z");
 */
export function aggregateMetric(
  samples: readonly MetricSample[],
  window: MetricWindow,
  asOf: UtcTimestamp,
): number | null {
  const end = Date.parse(asOf);
  const start = end - window.windowDays * DAY_MS;
  let reported = false;
  let sum = 0;
  let count = 0;
  for (const sample of samples) {
    if (sample.metric !== window.metric) continue;
    const at = Date.parse(sample.at);
    if (at > end) continue;
    reported = true;
    if (at <= start) continue;
    sum += sample.value;
    count += 1;
  }
  if (count > 0) return window.aggregate === "sum" ? sum : sum / count;
  return window.aggregate === "sum" && reported ? 0 : null;
}
