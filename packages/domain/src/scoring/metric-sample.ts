import { z } from "zod";
import { utcTimestampSchema } from "../time.js";
import { metricKeySchema } from "./health-indicator.js";

/** One timestamped value of a source metric (a daily active-user count, a ticket opened, a survey result). */
export const metricSampleSchema = z
  .object({
    metric: metricKeySchema,
    at: utcTimestampSchema.describe("when the value was measured or the event happened"),
    value: z.number().finite().describe("the measured value; 1 for a single occurrence of an event"),
  })
  .describe("a timestamped value of a source metric");
export type MetricSample = z.infer<typeof metricSampleSchema>;
