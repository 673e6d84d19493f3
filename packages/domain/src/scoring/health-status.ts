/**
 * The status bands an overall health score falls into (SPEC §E, seed 001 "Health Status"): workflows tag and
 * message accounts by band, so the statuses are a closed set while the thresholds are editable.
 */
import { z } from "zod";

export const healthStatusSchema = z
  .enum(["thriving", "healthy", "steady", "struggling"])
  .describe("health status band of an overall score");
export type HealthStatus = z.infer<typeof healthStatusSchema>;
export const HEALTH_STATUSES = healthStatusSchema.options;

/** Labels as the seed's tags and pipeline stages spell them. */
export const HEALTH_STATUS_LABELS: Readonly<Record<HealthStatus, string>> = {
  thriving: "Thriving",
  healthy: "Healthy",
  steady: "Steady",
  struggling: "Struggling",
};

const thresholdSchema = z.number().int().min(1).max(100);

/** Lowest overall score of each band; anything below `steady` is Struggling. */
export const healthStatusBandsSchema = z
  .object({
    thriving: thresholdSchema.describe("lowest overall score that counts as Thriving"),
    healthy: thresholdSchema.describe("lowest overall score that counts as Healthy"),
    steady: thresholdSchema.describe("lowest overall score that counts as Steady; below it is Struggling"),
  })
  .refine((bands) => bands.thriving > bands.healthy && bands.healthy > bands.steady, {
    message: "status thresholds must descend: thriving > healthy > steady",
  })
  .describe("score thresholds of the health status bands");
export type HealthStatusBands = z.infer<typeof healthStatusBandsSchema>;

export const DEFAULT_HEALTH_STATUS_BANDS: Readonly<HealthStatusBands> = Object.freeze({
  thriving: 80,
  healthy: 60,
  steady: 40,
});
