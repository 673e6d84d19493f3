import { DEFAULT_HEALTH_STATUS_BANDS, type HealthStatus, type HealthStatusBands } from "@trellis/domain";

/**
 * The status band of an overall score: Thriving ≥ 80, Healthy ≥ 60, Steady ≥ 40, Struggling below by default.
 *
 * @example
 * healthStatusForScore(72); // "healthy"
 */
export function healthStatusForScore(
  score: number,
  bands: HealthStatusBands = DEFAULT_HEALTH_STATUS_BANDS,
): HealthStatus {
  if (score >= bands.thriving) return "thriving";
  if (score >= bands.healthy) return "healthy";
  if (score >= bands.steady) return "steady";
  return "struggling";
}
