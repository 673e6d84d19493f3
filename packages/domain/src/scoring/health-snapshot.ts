/**
 * A computed health score, kept weekly as history: each indicator's inputs and result are stored with it so a later
 * snapshot can be explained against it even when the model has changed in between.
 */
import { z } from "zod";
import { utcTimestampSchema } from "../time.js";
import {
  healthAggregateSchema,
  healthDirectionSchema,
  healthIndicatorKeySchema,
  metricKeySchema,
} from "./health-indicator.js";
import { healthStatusSchema } from "./health-status.js";

export const healthIndicatorResultSchema = z
  .object({
    key: healthIndicatorKeySchema,
    name: z.string().describe("indicator name at the time of the snapshot"),
    metric: metricKeySchema,
    aggregate: healthAggregateSchema,
    windowDays: z.number().int().min(1).describe("window length used, in days"),
    direction: healthDirectionSchema,
    target: z.number().min(0).describe("target used"),
    weight: z.number().min(0).max(100).describe("configured weight, in percentage points"),
    status: z
      .enum(["scored", "no_data"])
      .describe("no_data: the metric had nothing to aggregate, so the indicator was left out of the score"),
    actual: z.number().nullable().describe("the aggregated metric value; null without data"),
    score: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .describe("indicator score 0–100, one decimal; null without data"),
    gapPercent: z
      .number()
      .nullable()
      .describe("signed distance to target in percent of target: positive beats it, negative falls short"),
    effectiveWeight: z
      .number()
      .min(0)
      .max(100)
      .describe("weight after redistributing the weights of indicators without data"),
    contribution: z.number().min(0).max(100).describe("points this indicator adds to the overall score"),
  })
  .describe("one indicator's part of a health score");
export type HealthIndicatorResult = z.infer<typeof healthIndicatorResultSchema>;

export const healthSnapshotSchema = z
  .object({
    asOf: utcTimestampSchema.describe("the instant the windows end at"),
    score: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullable()
      .describe("overall score 0–100 in whole points; null when no indicator had data"),
    status: healthStatusSchema.nullable().describe("status band of the score; null when there is no score"),
    indicators: z.array(healthIndicatorResultSchema).describe("every indicator of the model, in model order"),
  })
  .describe("a health score with its indicators at one instant");
export type HealthSnapshot = z.infer<typeof healthSnapshotSchema>;
