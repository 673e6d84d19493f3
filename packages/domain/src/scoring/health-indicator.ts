/**
 * One measurable signal of an engagement's health (SPEC §E): a source metric, aggregated over a trailing window,
 * compared with a target in a direction, and weighted into the overall score.
 */
import { z } from "zod";

export const metricKeySchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_.]*$/,
    "metric keys are lower case, like weekly_active_users or support.tickets_opened",
  )
  .max(100)
  .describe("key of a source metric, as reported in metric samples");
export type MetricKey = z.infer<typeof metricKeySchema>;

export const healthIndicatorKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "indicator keys are snake_case")
  .max(64)
  .describe("snake_case key of an indicator, unique within a health model");
export type HealthIndicatorKey = z.infer<typeof healthIndicatorKeySchema>;

export const healthAggregateSchema = z
  .enum(["average", "sum"])
  .describe("how the samples of the window are combined: their average, or their sum (for counts of events)");
export type HealthAggregate = z.infer<typeof healthAggregateSchema>;

export const healthDirectionSchema = z
  .enum(["maximize", "minimize"])
  .describe("maximize: more is better (logins); minimize: less is better (open tickets)");
export type HealthDirection = z.infer<typeof healthDirectionSchema>;

export const MAX_HEALTH_WINDOW_DAYS = 365;

export const healthIndicatorSchema = z
  .object({
    key: healthIndicatorKeySchema,
    name: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .describe("name shown to agents and used in explanations, e.g. 'Weekly active users'"),
    metric: metricKeySchema.describe("the source metric whose samples feed this indicator"),
    aggregate: healthAggregateSchema,
    windowDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_HEALTH_WINDOW_DAYS)
      .describe("length of the trailing window, in days, that ends at the time the score is computed"),
    direction: healthDirectionSchema,
    target: z
      .number()
      .min(0)
      .describe(
        "the aggregate value that earns the full 100; metrics that can go negative (NPS) are shifted first",
      ),
    weight: z
      .number()
      .int()
      .min(0)
      .max(100)
      .describe(
        "share of the overall score in whole percentage points; 0 shows the indicator without counting it",
      ),
  })
  .describe("an indicator of a health model");
export type HealthIndicator = z.infer<typeof healthIndicatorSchema>;
