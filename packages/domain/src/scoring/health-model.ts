/**
 * A health model: the weighted indicators and the status bands that turn metric samples into a health score.
 * An engagement can use its own model; `healthModelOverrideSchema` describes a partial change to a base model.
 */
import { z } from "zod";
import {
  healthAggregateSchema,
  healthDirectionSchema,
  healthIndicatorKeySchema,
  healthIndicatorSchema,
  MAX_HEALTH_WINDOW_DAYS,
} from "./health-indicator.js";
import { DEFAULT_HEALTH_STATUS_BANDS, healthStatusBandsSchema } from "./health-status.js";

export const healthModelSchema = z
  .object({
    name: z.string().trim().min(1).max(200).describe("name of the model, e.g. 'SaaS onboarding health'"),
    indicators: z
      .array(healthIndicatorSchema)
      .min(1)
      .max(50)
      .describe("the weighted indicators; their weights add up to exactly 100"),
    bands: healthStatusBandsSchema.default(DEFAULT_HEALTH_STATUS_BANDS),
  })
  .superRefine((model, ctx) => {
    const seen = new Set<string>();
    model.indicators.forEach((indicator, index) => {
      if (seen.has(indicator.key)) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", index, "key"],
          message: `indicator key "${indicator.key}" is used twice`,
        });
      }
      seen.add(indicator.key);
    });
    const total = model.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
    if (total !== 100) {
      ctx.addIssue({
        code: "custom",
        path: ["indicators"],
        message: `indicator weights must add up to 100, but they add up to ${total}`,
      });
    }
  })
  .describe("weighted indicators and status bands of an engagement's health score");
export type HealthModel = z.infer<typeof healthModelSchema>;

/** Changes to one indicator of a base model; fields left out keep the base value. */
export const healthIndicatorOverrideSchema = z
  .object({
    key: healthIndicatorKeySchema.describe("key of the base model's indicator to change"),
    name: z.string().trim().min(1).max(120).optional().describe("new display name"),
    aggregate: healthAggregateSchema.optional(),
    windowDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_HEALTH_WINDOW_DAYS)
      .optional()
      .describe("new window length in days"),
    direction: healthDirectionSchema.optional(),
    target: z.number().min(0).optional().describe("new target"),
    weight: z.number().int().min(0).max(100).optional().describe("new weight in whole percentage points"),
  })
  .describe("a change to one indicator of a base health model");
export type HealthIndicatorOverride = z.infer<typeof healthIndicatorOverrideSchema>;

/** What one engagement changes in its organization's model; the merged model is validated again. */
export const healthModelOverrideSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional().describe("name of the merged model"),
    indicators: z
      .array(healthIndicatorOverrideSchema)
      .max(50)
      .default([])
      .describe("indicator changes, by key"),
    bands: healthStatusBandsSchema.optional().describe("replacement status thresholds"),
  })
  .describe("an engagement's changes to a base health model");
export type HealthModelOverride = z.infer<typeof healthModelOverrideSchema>;
