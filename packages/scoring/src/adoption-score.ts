import type { AdoptionCategory, AdoptionModel, ProductUsage } from "@trellis/domain";
import { roundTo } from "./rounding.js";

/**
 * Default adoption model: seat utilization counts most (a product nobody logs into is not adopted), feature
 * breadth next, frequency last. High ≥ 70, Medium ≥ 40, Low below, None without any usage.
 */
export const DEFAULT_ADOPTION_MODEL: Readonly<AdoptionModel> = Object.freeze({
  weights: Object.freeze({ seats: 50, breadth: 30, frequency: 20 }),
  thresholds: Object.freeze({ high: 70, medium: 40 }),
});

export interface AdoptionScore {
  /** 0–100, whole points. */
  score: number;
  category: AdoptionCategory;
  /** The usage ratios 0–1 behind the score; null when the product does not measure it (weight shared out). */
  ratios: { seats: number | null; breadth: number | null; frequency: number };
}

/**
 * Scores a sold product's adoption from its usage over a period:
 * `score = round(100 × Σ ratio × weight / Σ weight)` over the ratios the product measures —
 * seats = min(1, active users / licensed seats), breadth = features used / features available,
 * frequency = active days / days in the period. A product not sold per seat (0 seats) or without a feature
 * catalogue (0 features) leaves that ratio out and its weight goes to the others.
 * The category is None when there was no usage at all (no active user, active day or used feature), otherwise
 * High / Medium / Low by the model's thresholds.
 *
 * @example
 * adoptionScore({ product: "Reports", periodDays: 28, licensedSeats: 50, activeUsers: 40,
 *   featuresAvailable: 10, featuresUsed: 6, activeDays: 14 });
 * // { score: 68, category: "medium", ... }: 100 × (0.8×50 + 0.6×30 + 0.5×20) / 100 = 68
 */
export function adoptionScore(
  usage: ProductUsage,
  model: AdoptionModel = DEFAULT_ADOPTION_MODEL,
): AdoptionScore {
  const ratios = {
    seats: usage.licensedSeats > 0 ? Math.min(1, usage.activeUsers / usage.licensedSeats) : null,
    breadth: usage.featuresAvailable > 0 ? Math.min(1, usage.featuresUsed / usage.featuresAvailable) : null,
    frequency: Math.min(1, usage.activeDays / usage.periodDays),
  };
  const parts = [
    [ratios.seats, model.weights.seats],
    [ratios.breadth, model.weights.breadth],
    [ratios.frequency, model.weights.frequency],
  ] as const;
  let weighted = 0;
  let weights = 0;
  for (const [ratio, weight] of parts) {
    if (ratio === null) continue;
    weighted += ratio * weight;
    weights += weight;
  }
  const score = weights === 0 ? 0 : Math.round(roundTo((100 * weighted) / weights, 6));
  const used = usage.activeUsers > 0 || usage.activeDays > 0 || usage.featuresUsed > 0;
  return { score, category: used ? adoptionCategoryForScore(score, model) : "none", ratios };
}

/** The category of a score of a product that has usage (None is decided by usage, not by score). */
export function adoptionCategoryForScore(
  score: number,
  model: AdoptionModel = DEFAULT_ADOPTION_MODEL,
): Exclude<AdoptionCategory, "none"> {
  if (score >= model.thresholds.high) return "high";
  if (score >= model.thresholds.medium) return "medium";
  return "low";
}

export type AdoptionDistribution = Record<AdoptionCategory, number> & { total: number };

/**
 * How many products fall in each adoption category: the pie chart of an engagement's Product adoption tab.
 *
 * @example
 * adoptionDistribution(products); // { high: 2, medium: 1, low: 0, none: 1, total: 4 }
 */
export function adoptionDistribution(
  products: readonly ProductUsage[],
  model: AdoptionModel = DEFAULT_ADOPTION_MODEL,
): AdoptionDistribution {
  const distribution: AdoptionDistribution = { high: 0, medium: 0, low: 0, none: 0, total: 0 };
  for (const product of products) {
    distribution[adoptionScore(product, model).category] += 1;
    distribution.total += 1;
  }
  return distribution;
}
