/** Engagement milestone tiers (seed 001 "Engagement Milestone Tracking"): a user reaches a tier at its minimum score. */
import { z } from "zod";

export const engagementTierSchema = z
  .object({
    name: z.string().trim().min(1).max(60).describe("tier name, e.g. 'Starter'"),
    minScore: z.number().int().min(1).describe("lowest engagement score that reaches the tier"),
  })
  .describe("an engagement milestone tier");
export type EngagementTier = z.infer<typeof engagementTierSchema>;

export const engagementTiersSchema = z
  .array(engagementTierSchema)
  .min(1)
  .max(20)
  .superRefine((tiers, ctx) => {
    const names = new Set<string>();
    tiers.forEach((tier, index) => {
      if (names.has(tier.name)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "name"],
          message: `tier "${tier.name}" is listed twice`,
        });
      }
      names.add(tier.name);
      const previous = tiers[index - 1];
      if (previous && tier.minScore <= previous.minScore) {
        ctx.addIssue({
          code: "custom",
          path: [index, "minScore"],
          message: `tiers must ascend: "${tier.name}" (${tier.minScore}) must need more than "${previous.name}" (${previous.minScore})`,
        });
      }
    });
  })
  .describe("engagement tiers, lowest first, with strictly ascending minimum scores");
export type EngagementTiers = z.infer<typeof engagementTiersSchema>;
