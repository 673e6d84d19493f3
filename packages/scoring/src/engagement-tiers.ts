import type { EngagementTier } from "@trellis/domain";

/** The milestone tiers of seed 001 ("Engagement Milestone Tracking"), lowest first. */
export const DEFAULT_ENGAGEMENT_TIERS: readonly EngagementTier[] = Object.freeze([
  { name: "Starter", minScore: 300 },
  { name: "Moderate", minScore: 600 },
  { name: "Pro", minScore: 900 },
  { name: "Advanced", minScore: 1200 },
]);

/**
 * The highest tier a score reaches, or null below the first tier (and for negative scores).
 *
 * @example
 * tierForScore(650)?.name; // "Moderate"
 */
export function tierForScore(
  score: number,
  tiers: readonly EngagementTier[] = DEFAULT_ENGAGEMENT_TIERS,
): EngagementTier | null {
  let reached: EngagementTier | null = null;
  for (const tier of tiers) {
    if (tier.minScore <= score && (!reached || tier.minScore > reached.minScore)) reached = tier;
  }
  return reached;
}

/**
 * The tiers a score change crosses upward (`previousScore < minScore ≤ nextScore`), lowest first: the milestones
 * to announce. A jump may cross several; a score that stays or goes down crosses none. The function has no memory:
 * a user who drops below a tier and climbs back crosses it again, and the milestone workflow's recheck period
 * decides whether that is announced twice.
 *
 * @example
 * newlyCrossedTiers(250, 950).map((tier) => tier.name); // ["Starter", "Moderate", "Pro"]
 */
export function newlyCrossedTiers(
  previousScore: number,
  nextScore: number,
  tiers: readonly EngagementTier[] = DEFAULT_ENGAGEMENT_TIERS,
): EngagementTier[] {
  return tiers
    .filter((tier) => previousScore < tier.minScore && tier.minScore <= nextScore)
    .sort((a, b) => a.minScore - b.minScore);
}
