/**
 * Product adoption (SPEC §E): usage metrics of a sold product over a period, scored 0–100 and put in a category.
 */
import { z } from "zod";

export const adoptionCategorySchema = z
  .enum(["high", "medium", "low", "none"])
  .describe("adoption category of a sold product");
export type AdoptionCategory = z.infer<typeof adoptionCategorySchema>;
export const ADOPTION_CATEGORIES = adoptionCategorySchema.options;

export const ADOPTION_CATEGORY_LABELS: Readonly<Record<AdoptionCategory, string>> = {
  high: "High",
  medium: "Medium",
  low: "Low",
  none: "None",
};

const count = z.number().int().min(0);

export const productUsageSchema = z
  .object({
    product: z.string().trim().min(1).max(200).describe("the sold product, by key or name"),
    periodDays: z.number().int().min(1).max(366).describe("length of the measured period, in days"),
    licensedSeats: count.describe("seats sold; 0 when the product is not sold per seat"),
    activeUsers: count.describe("distinct users active in the period"),
    featuresAvailable: count.describe(
      "features of the product that the customer can use; 0 when not tracked",
    ),
    featuresUsed: count.describe("distinct features used in the period"),
    activeDays: count.describe("days of the period with any usage"),
  })
  .refine((usage) => usage.featuresUsed <= usage.featuresAvailable || usage.featuresAvailable === 0, {
    message: "featuresUsed cannot exceed featuresAvailable",
    path: ["featuresUsed"],
  })
  .refine((usage) => usage.activeDays <= usage.periodDays, {
    message: "activeDays cannot exceed periodDays",
    path: ["activeDays"],
  })
  .describe("usage of one sold product over a period");
export type ProductUsage = z.infer<typeof productUsageSchema>;

const share = z.number().int().min(0).max(100);

export const adoptionModelSchema = z
  .object({
    weights: z
      .object({
        seats: share.describe("weight of active users / licensed seats"),
        breadth: share.describe("weight of features used / features available"),
        frequency: share.describe("weight of active days / days in the period"),
      })
      .refine((w) => w.seats + w.breadth + w.frequency === 100, {
        message: "adoption weights must add up to 100",
      })
      .describe("weights of the three usage ratios, in percentage points"),
    thresholds: z
      .object({
        high: z.number().int().min(1).max(100).describe("lowest adoption score that counts as High"),
        medium: z.number().int().min(1).max(100).describe("lowest adoption score that counts as Medium"),
      })
      .refine((t) => t.high > t.medium, { message: "the High threshold must be above the Medium threshold" })
      .describe("score thresholds of the categories; any usage below Medium is Low"),
  })
  .describe("how usage metrics become an adoption score and category");
export type AdoptionModel = z.infer<typeof adoptionModelSchema>;
