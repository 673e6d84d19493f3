import { type DomainError, type Result, type ScoreRule, scoreRuleSetSchema } from "@trellis/domain";

/**
 * The default score rules of SPEC §D (seed 001's scoring article). Data, not code: an organization edits them and
 * `mergeScoreRules` applies its changes.
 */
export const DEFAULT_SCORE_RULES: readonly ScoreRule[] = Object.freeze([
  { key: "new_user", event: "account.signed_up", points: 30, reason: "New user", limit: "every_event" },
  {
    key: "monthly_login",
    event: "user.logged_in",
    points: 30,
    reason: "Logged in this month",
    limit: "once_per_user_per_month",
  },
  {
    key: "meeting_attended",
    event: "appointment.attended",
    points: 30,
    reason: "Attended a meeting",
    limit: "every_event",
  },
  {
    key: "meeting_no_show",
    event: "appointment.missed",
    points: -30,
    reason: "Missed a meeting",
    limit: "every_event",
  },
  {
    key: "feedback_very_happy",
    event: "feedback.submitted",
    happiness: "very_happy",
    points: 50,
    reason: "Feedback: Very Happy",
    limit: "every_event",
  },
  {
    key: "feedback_happy",
    event: "feedback.submitted",
    happiness: "happy",
    points: 25,
    reason: "Feedback: Happy",
    limit: "every_event",
  },
  {
    key: "feedback_neutral",
    event: "feedback.submitted",
    happiness: "neutral",
    points: -25,
    reason: "Feedback: Neutral",
    limit: "every_event",
  },
  {
    key: "feedback_not_happy",
    event: "feedback.submitted",
    happiness: "not_happy",
    points: -50,
    reason: "Feedback: Not Happy",
    limit: "every_event",
  },
  {
    key: "feature_30_minutes",
    event: "feature.used",
    minMinutes: 30,
    points: 30,
    reason: "30+ minutes on a feature",
    limit: "every_event",
  },
  {
    key: "feature_60_minutes",
    event: "feature.used",
    minMinutes: 60,
    points: 60,
    reason: "60+ minutes on a feature",
    limit: "every_event",
  },
  {
    key: "feature_120_minutes",
    event: "feature.used",
    minMinutes: 120,
    points: 120,
    reason: "120+ minutes on a feature",
    limit: "every_event",
  },
  {
    key: "payment_succeeded",
    event: "payment.succeeded",
    points: 50,
    reason: "Payment succeeded",
    limit: "every_event",
  },
  {
    key: "payment_failed",
    event: "payment.failed",
    points: -50,
    reason: "Payment failed",
    limit: "every_event",
  },
]);

/**
 * Applies an organization's rule changes to a base rule set: a rule whose key is in the base replaces it, any
 * other is added. The result is validated (unique keys, no two rules matching the same events).
 *
 * @example
 * const rules = mergeScoreRules(DEFAULT_SCORE_RULES, [
 *   { key: "monthly_login", event: "user.logged_in", points: 40, reason: "Logged in this month", limit: "once_per_user_per_month" },
 * ]);
 */
export function mergeScoreRules(
  base: readonly ScoreRule[],
  changes: readonly ScoreRule[],
): Result<ScoreRule[], DomainError<"VALIDATION_FAILED">> {
  const byKey = new Map(changes.map((rule) => [rule.key, rule]));
  const merged = base.map((rule) => byKey.get(rule.key) ?? rule);
  const baseKeys = new Set(base.map((rule) => rule.key));
  merged.push(...changes.filter((rule) => !baseKeys.has(rule.key)));

  const parsed = scoreRuleSetSchema.safeParse(merged);
  if (parsed.success) return { ok: true, value: parsed.data };
  const message = parsed.error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message,
    )
    .join("; ");
  return { ok: false, error: { code: "VALIDATION_FAILED", message } };
}
