import { describe, expect, it } from "vitest";
import { applyHealthModelOverride } from "./health-model-override.js";
import { saasHealthModel } from "./test-support/fixtures.js";

describe("applyHealthModelOverride", () => {
  it("changes the named indicators and keeps the rest of the model", () => {
    const merged = applyHealthModelOverride(saasHealthModel, {
      name: "SaaS health (Acme)",
      indicators: [
        { key: "weekly_active_users", weight: 40, target: 120 },
        { key: "open_tickets", weight: 35 },
      ],
      bands: { thriving: 85, healthy: 65, steady: 45 },
    });
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.name).toBe("SaaS health (Acme)");
    expect(merged.value.bands).toEqual({ thriving: 85, healthy: 65, steady: 45 });
    expect(merged.value.indicators.map(({ key, weight, target }) => ({ key, weight, target }))).toEqual([
      { key: "weekly_active_users", weight: 40, target: 120 },
      { key: "logins", weight: 25, target: 200 },
      { key: "open_tickets", weight: 35, target: 4 },
    ]);
    // The base model is not modified.
    expect(saasHealthModel.indicators[0]?.weight).toBe(50);
  });

  it("validates the merged model again", () => {
    const merged = applyHealthModelOverride(saasHealthModel, {
      indicators: [{ key: "weekly_active_users", weight: 60 }],
    });
    expect(merged).toEqual({
      ok: false,
      error: {
        code: "VALIDATION_FAILED",
        message: "indicators: indicator weights must add up to 100, but they add up to 110",
      },
    });
  });

  it("refuses indicators that are not in the model, or overridden twice", () => {
    expect(applyHealthModelOverride(saasHealthModel, { indicators: [{ key: "nps", weight: 10 }] })).toEqual({
      ok: false,
      error: { code: "VALIDATION_FAILED", message: 'indicator "nps" is not in the model "SaaS health"' },
    });
    const twice = applyHealthModelOverride(saasHealthModel, {
      indicators: [
        { key: "logins", target: 100 },
        { key: "logins", target: 150 },
      ],
    });
    expect(twice.ok ? null : twice.error.message).toBe('indicator "logins" is overridden twice');
  });

  it("returns the base model when the override changes nothing", () => {
    expect(applyHealthModelOverride(saasHealthModel, {})).toEqual({ ok: true, value: saasHealthModel });
  });
});
