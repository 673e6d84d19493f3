import { adoptionModelSchema, type ProductUsage, productUsageSchema } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import {
  adoptionCategoryForScore,
  adoptionDistribution,
  adoptionScore,
  DEFAULT_ADOPTION_MODEL,
} from "./adoption-score.js";

function usage(input: Partial<ProductUsage>): ProductUsage {
  return productUsageSchema.parse({
    product: "Reports",
    periodDays: 28,
    licensedSeats: 50,
    activeUsers: 0,
    featuresAvailable: 10,
    featuresUsed: 0,
    activeDays: 0,
    ...input,
  });
}

describe("adoptionScore", () => {
  it("weights seats 50, breadth 30, frequency 20 (worked example)", () => {
    // 40/50 seats = 0.8, 6/10 features = 0.6, 14/28 days = 0.5: 100 × (0.8×50 + 0.6×30 + 0.5×20) / 100 = 68 → Medium.
    expect(adoptionScore(usage({ activeUsers: 40, featuresUsed: 6, activeDays: 14 }))).toEqual({
      score: 68,
      category: "medium",
      ratios: { seats: 0.8, breadth: 0.6, frequency: 0.5 },
    });
  });

  it("puts full use in High and light use in Low", () => {
    expect(adoptionScore(usage({ activeUsers: 50, featuresUsed: 10, activeDays: 28 }))).toMatchObject({
      score: 100,
      category: "high",
    });
    // 5/50 = 0.1 × 50 = 5, 1/10 × 30 = 3, 2/28 × 20 = 1.43: 9.43 → 9, Low.
    expect(adoptionScore(usage({ activeUsers: 5, featuresUsed: 1, activeDays: 2 }))).toMatchObject({
      score: 9,
      category: "low",
    });
  });

  it("is None without any usage at all", () => {
    expect(adoptionScore(usage({}))).toMatchObject({ score: 0, category: "none" });
  });

  it("caps seat use at 100% when more users are active than seats were sold", () => {
    const result = adoptionScore(usage({ activeUsers: 80, featuresUsed: 10, activeDays: 28 }));
    expect(result.ratios.seats).toBe(1);
    expect(result.score).toBe(100);
  });

  it("shares out the weight of a ratio the product does not measure", () => {
    // Not sold per seat: (0.6×30 + 0.5×20) / 50 × 100 = 56 → Medium.
    const result = adoptionScore(
      usage({ licensedSeats: 0, activeUsers: 12, featuresUsed: 6, activeDays: 14 }),
    );
    expect(result).toEqual({
      score: 56,
      category: "medium",
      ratios: { seats: null, breadth: 0.6, frequency: 0.5 },
    });
    // Neither seats nor features: frequency alone, 21/28 = 75 → High.
    expect(
      adoptionScore(usage({ licensedSeats: 0, featuresAvailable: 0, activeUsers: 3, activeDays: 21 })).score,
    ).toBe(75);
  });

  it("uses an organization's own model", () => {
    const model = adoptionModelSchema.parse({
      weights: { seats: 100, breadth: 0, frequency: 0 },
      thresholds: { high: 90, medium: 50 },
    });
    expect(adoptionScore(usage({ activeUsers: 40, featuresUsed: 6, activeDays: 14 }), model)).toMatchObject({
      score: 80,
      category: "medium",
    });
    expect(adoptionCategoryForScore(90, model)).toBe("high");
    expect(adoptionCategoryForScore(89, DEFAULT_ADOPTION_MODEL)).toBe("high");
  });

  it("refuses impossible usage and models", () => {
    expect(productUsageSchema.safeParse({ ...usage({}), featuresUsed: 11 }).success).toBe(false);
    expect(productUsageSchema.safeParse({ ...usage({}), activeDays: 29 }).success).toBe(false);
    const weights = adoptionModelSchema.safeParse({
      weights: { seats: 50, breadth: 30, frequency: 30 },
      thresholds: { high: 70, medium: 40 },
    });
    expect(weights.error?.issues.map((issue) => issue.message)).toEqual([
      "adoption weights must add up to 100",
    ]);
    const thresholds = adoptionModelSchema.safeParse({
      weights: { seats: 50, breadth: 30, frequency: 20 },
      thresholds: { high: 40, medium: 40 },
    });
    expect(thresholds.success).toBe(false);
  });
});

describe("adoptionDistribution", () => {
  it("counts the products of each category", () => {
    const products = [
      usage({ product: "Reports", activeUsers: 50, featuresUsed: 10, activeDays: 28 }), // High
      usage({ product: "Dashboards", activeUsers: 45, featuresUsed: 8, activeDays: 20 }), // 45+24+14.3 = 83 High
      usage({ product: "Alerts", activeUsers: 40, featuresUsed: 6, activeDays: 14 }), // 68 Medium
      usage({ product: "API" }), // None
    ];
    expect(adoptionDistribution(products)).toEqual({ high: 2, medium: 1, low: 0, none: 1, total: 4 });
    expect(adoptionDistribution([])).toEqual({ high: 0, medium: 0, low: 0, none: 0, total: 0 });
  });
});
