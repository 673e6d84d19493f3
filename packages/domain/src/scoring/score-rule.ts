/**
 * Score rules are data (SPEC §D "default score rules, editable"): each says which events earn how many points.
 * A rule set gives every event at most one matching rule, so the ledger has at most one entry per event.
 */
import { z } from "zod";
import { customEventNameSchema, happinessLevelSchema } from "./point-event.js";

const base = {
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, "rule keys are snake_case")
    .max(64)
    .describe("snake_case key of the rule, unique in a rule set"),
  points: z
    .number()
    .int()
    .min(-10_000)
    .max(10_000)
    .describe("points added to the score; negative to subtract"),
  reason: z.string().trim().min(1).max(200).describe("why the points were given, shown in the ledger"),
  limit: z
    .enum(["every_event", "once_per_user_per_month"])
    .default("every_event")
    .describe(
      "once_per_user_per_month: only the first matching event of each user in a UTC calendar month counts",
    ),
};

export const scoreRuleSchema = z
  .discriminatedUnion("event", [
    z.object({ ...base, event: z.literal("account.signed_up").describe("the event type the rule scores") }),
    z.object({ ...base, event: z.literal("user.logged_in").describe("the event type the rule scores") }),
    z.object({
      ...base,
      event: z.literal("appointment.attended").describe("the event type the rule scores"),
    }),
    z.object({ ...base, event: z.literal("appointment.missed").describe("the event type the rule scores") }),
    z.object({
      ...base,
      event: z.literal("feedback.submitted").describe("the event type the rule scores"),
      happiness: happinessLevelSchema.describe(
        "the happiness level this rule scores (NPS answers are mapped first)",
      ),
    }),
    z.object({
      ...base,
      event: z.literal("feature.used").describe("the event type the rule scores"),
      minMinutes: z
        .number()
        .min(0)
        .describe("minutes on a feature this rule needs; an event earns only its highest threshold reached"),
    }),
    z.object({ ...base, event: z.literal("payment.succeeded").describe("the event type the rule scores") }),
    z.object({ ...base, event: z.literal("payment.failed").describe("the event type the rule scores") }),
    z.object({
      ...base,
      event: z.literal("custom").describe("the event type the rule scores"),
      name: customEventNameSchema.describe("the custom event scored"),
    }),
  ])
  .describe("how many points an event earns");
export type ScoreRule = z.infer<typeof scoreRuleSchema>;

/** The part of a rule that decides which events it matches: two rules of a set may not share it. */
export function scoreRuleMatchKey(rule: ScoreRule): string {
  switch (rule.event) {
    case "feedback.submitted":
      return `${rule.event}:${rule.happiness}`;
    case "feature.used":
      return `${rule.event}:${rule.minMinutes}`;
    case "custom":
      return `${rule.event}:${rule.name}`;
    default:
      return rule.event;
  }
}

export const scoreRuleSetSchema = z
  .array(scoreRuleSchema)
  .max(500)
  .superRefine((rules, ctx) => {
    const keys = new Set<string>();
    const matches = new Map<string, string>();
    rules.forEach((rule, index) => {
      if (keys.has(rule.key)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "key"],
          message: `rule key "${rule.key}" is used twice`,
        });
      }
      keys.add(rule.key);
      const match = scoreRuleMatchKey(rule);
      const other = matches.get(match);
      if (other !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [index],
          message: `rule "${rule.key}" matches the same events as rule "${other}"`,
        });
      } else {
        matches.set(match, rule.key);
      }
    });
  })
  .describe("the score rules of an organization");
export type ScoreRuleSet = z.infer<typeof scoreRuleSetSchema>;
