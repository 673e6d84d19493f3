import { healthModelSchema, healthStatusBandsSchema } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { saasHealthModel } from "./test-support/fixtures.js";

/** The schema rules that make a health model safe to score. */
describe("healthModelSchema", () => {
  it("rejects weights that do not add up to 100, saying what they add up to", () => {
    const result = healthModelSchema.safeParse({
      ...saasHealthModel,
      indicators: saasHealthModel.indicators.map((indicator, index) =>
        index === 0 ? { ...indicator, weight: 40 } : indicator,
      ),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "indicator weights must add up to 100, but they add up to 90",
    ]);
  });

  it("rejects fractional weights, duplicate keys and negative targets", () => {
    const [first, second, third] = saasHealthModel.indicators;
    if (!first || !second || !third) throw new Error("the fixture has three indicators");
    const fractional = healthModelSchema.safeParse({
      ...saasHealthModel,
      indicators: [{ ...first, weight: 50.5 }, { ...second, weight: 24.5 }, third],
    });
    expect(fractional.success).toBe(false);
    const duplicate = healthModelSchema.safeParse({
      ...saasHealthModel,
      indicators: [first, { ...second, key: first.key }, third],
    });
    expect(duplicate.error?.issues.map((issue) => issue.message)).toContain(
      'indicator key "weekly_active_users" is used twice',
    );
    const negative = healthModelSchema.safeParse({
      ...saasHealthModel,
      indicators: [{ ...first, target: -1 }, second, third],
    });
    expect(negative.success).toBe(false);
  });

  it("fills in the default status bands and validates edited ones as descending", () => {
    const { bands: _, ...withoutBands } = saasHealthModel;
    expect(healthModelSchema.parse(withoutBands).bands).toEqual({ thriving: 80, healthy: 60, steady: 40 });
    expect(healthStatusBandsSchema.safeParse({ thriving: 85, healthy: 65, steady: 30 }).success).toBe(true);
    const unordered = healthStatusBandsSchema.safeParse({ thriving: 60, healthy: 60, steady: 40 });
    expect(unordered.error?.issues.map((issue) => issue.message)).toEqual([
      "status thresholds must descend: thriving > healthy > steady",
    ]);
  });
});
