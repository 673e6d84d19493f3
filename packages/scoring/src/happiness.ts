import type { FeedbackAnswer, HappinessLevel } from "@trellis/domain";

/**
 * Maps an NPS answer (0–10) onto the four happiness levels of the feedback workflow: promoters 9–10 are Very Happy,
 * passives 7–8 Happy, 5–6 Neutral, and 0–4 Not Happy (NPS's detractors split where the answer turns clearly negative).
 *
 * @example
 * happinessFromNps(8); // "happy"
 */
export function happinessFromNps(score: number): HappinessLevel {
  if (score >= 9) return "very_happy";
  if (score >= 7) return "happy";
  if (score >= 5) return "neutral";
  return "not_happy";
}

/** The happiness level of a feedback answer, whether it was a rating or an NPS score. */
export function happinessOf(answer: FeedbackAnswer): HappinessLevel {
  return answer.kind === "rating" ? answer.rating : happinessFromNps(answer.score);
}
