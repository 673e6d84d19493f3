import { engagementTiersSchema } from "@trellis/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ENGAGEMENT_TIERS, newlyCrossedTiers, tierForScore } from "./engagement-tiers.js";

const names = (tiers: readonly { name: string }[]) => tiers.map((tier) => tier.name);

describe("tierForScore", () => {
  it("uses Starter ≥ 300, Moderate ≥ 600, Pro ≥ 900, Advanced ≥ 1200", () => {
    expect(
      [-50, 0, 299, 300, 599, 600, 899, 900, 1199, 1200, 5000].map(
        (score) => tierForScore(score)?.name ?? null,
      ),
    ).toEqual([
      null,
      null,
      null,
      "Starter",
      "Starter",
      "Moderate",
      "Moderate",
      "Pro",
      "Pro",
      "Advanced",
      "Advanced",
    ]);
    expect(engagementTiersSchema.safeParse(DEFAULT_ENGAGEMENT_TIERS).success).toBe(true);
  });

  it("works with an organization's own tiers", () => {
    const tiers = engagementTiersSchema.parse([
      { name: "Bronze", minScore: 100 },
      { name: "Gold", minScore: 500 },
    ]);
    expect(tierForScore(450, tiers)?.name).toBe("Bronze");
    expect(names(newlyCrossedTiers(0, 600, tiers))).toEqual(["Bronze", "Gold"]);
  });

  it("refuses tiers that do not ascend", () => {
    const result = engagementTiersSchema.safeParse([
      { name: "Starter", minScore: 300 },
      { name: "Moderate", minScore: 300 },
    ]);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'tiers must ascend: "Moderate" (300) must need more than "Starter" (300)',
    ]);
  });
});

describe("newlyCrossedTiers", () => {
  it("lists every tier crossed upward, lowest first", () => {
    expect(names(newlyCrossedTiers(250, 950))).toEqual(["Starter", "Moderate", "Pro"]);
    expect(names(newlyCrossedTiers(299, 300))).toEqual(["Starter"]);
    expect(names(newlyCrossedTiers(300, 600))).toEqual(["Moderate"]);
    expect(names(newlyCrossedTiers(-30, 2000))).toEqual(["Starter", "Moderate", "Pro", "Advanced"]);
  });

  it("crosses nothing when the score stays within a tier, stays put or goes down", () => {
    expect(newlyCrossedTiers(310, 590)).toEqual([]);
    expect(newlyCrossedTiers(600, 600)).toEqual([]);
    expect(newlyCrossedTiers(950, 250)).toEqual([]);
  });

  it("agrees with tierForScore", () => {
    const score = fc.integer({ min: -500, max: 2_000 });
    fc.assert(
      fc.property(score, score, (previous, next) => {
        const crossed = newlyCrossedTiers(previous, next);
        if (next <= previous) {
          expect(crossed).toEqual([]);
          return;
        }
        // The highest tier crossed is the tier now reached; the tier held before is never crossed again.
        if (crossed.length > 0) expect(crossed.at(-1)).toEqual(tierForScore(next));
        else expect(tierForScore(next)).toEqual(tierForScore(previous));
        const before = tierForScore(previous);
        if (before) expect(crossed).not.toContainEqual(before);
        // Crossed tiers are exactly those reached now and not before.
        const reachedNow = DEFAULT_ENGAGEMENT_TIERS.filter((tier) => tier.minScore <= next);
        const reachedBefore = DEFAULT_ENGAGEMENT_TIERS.filter((tier) => tier.minScore <= previous);
        expect(crossed).toEqual(reachedNow.slice(reachedBefore.length));
      }),
    );
  });
});
