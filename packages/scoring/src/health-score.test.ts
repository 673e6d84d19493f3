import { DEFAULT_HEALTH_STATUS_BANDS, healthModelSchema, type MetricSample } from "@trellis/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeHealthScore } from "./health-score.js";
import { healthStatusForScore } from "./health-status.js";
import { saasHealthModel, sample, weekOfSamples } from "./test-support/fixtures.js";

const asOf = "2026-03-08T00:00:00.000Z";

describe("computeHealthScore", () => {
  it("weights the indicator scores into the overall score (worked example)", () => {
    // Weekly active users: average 120 against 160 → 75, × 50/100 = 37.5
    // Logins: sum 180 against 200 → 90, × 25/100 = 22.5
    // Open tickets: average 6 against at most 4 → 4/6 × 100 = 66.7, × 25/100 = 16.675
    // Overall 37.5 + 22.5 + 16.675 = 76.675 → 77, Healthy (60–79)
    const snapshot = computeHealthScore(
      saasHealthModel,
      weekOfSamples(asOf, { activeUsers: 120, logins: 180, openTickets: 6 }),
      asOf,
    );
    expect(snapshot.score).toBe(77);
    expect(snapshot.status).toBe("healthy");
    expect(snapshot.asOf).toBe(asOf);
    expect(
      snapshot.indicators.map(({ key, actual, score, gapPercent, effectiveWeight, status }) => ({
        key,
        actual,
        score,
        gapPercent,
        effectiveWeight,
        status,
      })),
    ).toEqual([
      {
        key: "weekly_active_users",
        actual: 120,
        score: 75,
        gapPercent: -25,
        effectiveWeight: 50,
        status: "scored",
      },
      { key: "logins", actual: 180, score: 90, gapPercent: -10, effectiveWeight: 25, status: "scored" },
      { key: "open_tickets", actual: 6, score: 66.7, gapPercent: -50, effectiveWeight: 25, status: "scored" },
    ]);
    expect(snapshot.indicators.map((indicator) => indicator.contribution)).toEqual([37.5, 22.5, 16.675]);
  });

  it("scores a model that meets every target 100, Thriving", () => {
    const snapshot = computeHealthScore(
      saasHealthModel,
      weekOfSamples(asOf, { activeUsers: 200, logins: 400, openTickets: 1 }),
      asOf,
    );
    expect(snapshot.score).toBe(100);
    expect(snapshot.status).toBe("thriving");
    // Beating the target shows as a positive gap, in either direction.
    expect(snapshot.indicators.map((indicator) => indicator.gapPercent)).toEqual([25, 100, 75]);
  });

  it("leaves an indicator without data out and shares its weight among the others", () => {
    // Open tickets has no samples: weights 50 and 25 of the remaining 75 become 66.67 and 33.33.
    // 75 × 2/3 + 90 × 1/3 = 50 + 30 = 80 → Thriving.
    const snapshot = computeHealthScore(
      saasHealthModel,
      weekOfSamples(asOf, { activeUsers: 120, logins: 180, openTickets: null }),
      asOf,
    );
    expect(snapshot.score).toBe(80);
    expect(snapshot.status).toBe("thriving");
    const tickets = snapshot.indicators[2];
    expect(tickets).toMatchObject({ status: "no_data", actual: null, score: null, gapPercent: null });
    expect(tickets?.contribution).toBe(0);
    expect(tickets?.effectiveWeight).toBe(0);
    expect(snapshot.indicators[0]?.effectiveWeight).toBeCloseTo(66.667, 3);
    expect(snapshot.indicators[1]?.effectiveWeight).toBeCloseTo(33.333, 3);
  });

  it("has no score and no status when no indicator has data", () => {
    const snapshot = computeHealthScore(saasHealthModel, [], asOf);
    expect(snapshot.score).toBeNull();
    expect(snapshot.status).toBeNull();
    expect(snapshot.indicators.every((indicator) => indicator.status === "no_data")).toBe(true);
  });

  it("counts a quiet window of a reporting metric as zero for a sum", () => {
    // The only login is 40 days old: the metric reports, the 30-day sum is 0, the indicator scores 0.
    const samples = [
      ...weekOfSamples(asOf, { activeUsers: 160, logins: null, openTickets: 4 }),
      sample("logins", "2026-01-27T00:00:00.000Z", 50),
    ];
    const snapshot = computeHealthScore(saasHealthModel, samples, asOf);
    expect(snapshot.indicators[1]).toMatchObject({ status: "scored", actual: 0, score: 0, gapPercent: -100 });
    // 100 × 0.5 + 0 × 0.25 + 100 × 0.25 = 75
    expect(snapshot.score).toBe(75);
  });

  it("ignores samples after asOf, so an old snapshot can be recomputed", () => {
    const samples = [
      ...weekOfSamples(asOf, { activeUsers: 120, logins: 180, openTickets: 6 }),
      sample("active_users", "2026-03-09T00:00:00.000Z", 1_000),
    ];
    expect(computeHealthScore(saasHealthModel, samples, asOf).score).toBe(77);
  });

  it("uses the model's own status bands", () => {
    const strict = healthModelSchema.parse({
      ...saasHealthModel,
      bands: { thriving: 90, healthy: 78, steady: 50 },
    });
    const snapshot = computeHealthScore(
      strict,
      weekOfSamples(asOf, { activeUsers: 120, logins: 180, openTickets: 6 }),
      asOf,
    );
    expect(snapshot.score).toBe(77);
    expect(snapshot.status).toBe("steady");
  });

  it("always scores within 0–100 and adds the contributions up to the score", () => {
    const weights = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 4 }).map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 100];
      return points.slice(1).map((point, index) => point - (points[index] ?? 0));
    });
    const indicator = fc.record({
      aggregate: fc.constantFrom("average" as const, "sum" as const),
      direction: fc.constantFrom("maximize" as const, "minimize" as const),
      target: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })),
      windowDays: fc.integer({ min: 1, max: 60 }),
      samples: fc.array(
        fc.record({
          daysBefore: fc.double({ min: -5, max: 90, noNaN: true }),
          value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        }),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(weights, fc.array(indicator, { minLength: 5, maxLength: 5 }), (split, specs) => {
        const samples: MetricSample[] = [];
        const model = healthModelSchema.parse({
          name: "Generated",
          indicators: split.map((weight, index) => {
            const spec = specs[index];
            if (!spec) throw new Error("five specs are generated");
            for (const { daysBefore, value } of spec.samples) {
              samples.push(
                sample(
                  `m${index}`,
                  new Date(Date.parse(asOf) - daysBefore * 86_400_000).toISOString(),
                  value,
                ),
              );
            }
            return {
              key: `i${index}`,
              name: `Indicator ${index}`,
              metric: `m${index}`,
              aggregate: spec.aggregate,
              windowDays: spec.windowDays,
              direction: spec.direction,
              target: spec.target,
              weight,
            };
          }),
        });
        const snapshot = computeHealthScore(model, samples, asOf);
        const raw = snapshot.indicators.reduce((sum, indicator) => sum + indicator.contribution, 0);
        if (snapshot.score === null) {
          expect(snapshot.status).toBeNull();
          expect(raw).toBe(0);
          return;
        }
        expect(snapshot.score).toBeGreaterThanOrEqual(0);
        expect(snapshot.score).toBeLessThanOrEqual(100);
        expect(Math.abs(snapshot.score - raw)).toBeLessThanOrEqual(0.5 + 1e-9);
        expect(snapshot.status).toBe(healthStatusForScore(snapshot.score, model.bands));
      }),
    );
  });
});

describe("healthStatusForScore", () => {
  it("uses Thriving ≥ 80, Healthy ≥ 60, Steady ≥ 40, Struggling below by default", () => {
    expect([100, 80, 79, 60, 59, 40, 39, 0].map((score) => healthStatusForScore(score))).toEqual([
      "thriving",
      "thriving",
      "healthy",
      "healthy",
      "steady",
      "steady",
      "struggling",
      "struggling",
    ]);
    expect(DEFAULT_HEALTH_STATUS_BANDS).toEqual({ thriving: 80, healthy: 60, steady: 40 });
  });
});
