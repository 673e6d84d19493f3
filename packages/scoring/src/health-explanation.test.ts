import type { HealthSnapshot } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { explainHealthChange } from "./health-explanation.js";
import { applyHealthModelOverride } from "./health-model-override.js";
import { computeHealthScore } from "./health-score.js";
import { saasHealthModel, weekOfSamples } from "./test-support/fixtures.js";

const lastWeek = "2026-03-01T00:00:00.000Z";
const thisWeek = "2026-03-08T00:00:00.000Z";

// Last week: users 120/160 → 75 (37.5), logins 150/200 → 75 (18.75), tickets 4 ≤ 4 → 100 (25); 81.25 → 81, Thriving.
const previous = computeHealthScore(
  saasHealthModel,
  weekOfSamples(lastWeek, { activeUsers: 120, logins: 150, openTickets: 4 }),
  lastWeek,
);

describe("explainHealthChange", () => {
  it("names the indicators that moved the score, largest impact first", () => {
    // This week: users 80/160 → 50 (25), logins 180/200 → 90 (22.5), tickets 4/6 → 66.7 (16.675); 64.175 → 64, Healthy.
    const current = computeHealthScore(
      saasHealthModel,
      weekOfSamples(thisWeek, { activeUsers: 80, logins: 180, openTickets: 6 }),
      thisWeek,
    );
    expect([previous.score, current.score]).toEqual([81, 64]);

    const explanation = explainHealthChange(previous, current);
    expect(
      explanation.drivers.map(({ key, kind, points, sentence }) => ({ key, kind, points, sentence })),
    ).toEqual([
      {
        key: "weekly_active_users",
        kind: "value_changed",
        points: -12.5, // (50 − 75) × 50 / 100
        sentence: "Weekly active users fell from 120 to 80 (−12.5 points)",
      },
      {
        key: "open_tickets",
        kind: "value_changed",
        points: -8.32, // (66.7 − 100) × 25 / 100 = −8.325
        sentence: "Open tickets rose from 4 to 6 (−8.3 points)",
      },
      {
        key: "logins",
        kind: "value_changed",
        points: 3.75, // (90 − 75) × 25 / 100
        sentence: "Logins rose from 150 to 180 (+3.8 points)",
      },
    ]);
    expect(explanation).toMatchObject({
      previousScore: 81,
      currentScore: 64,
      scoreChange: -17,
      previousStatus: "thriving",
      currentStatus: "healthy",
      statusChanged: true,
      summary: "Health fell from 81 to 64 (−17 points); status changed from Thriving to Healthy.",
    });
    expect(explanation.drivers[0]).toMatchObject({
      previousActual: 120,
      currentActual: 80,
      previousScore: 75,
      currentScore: 50,
    });
  });

  it("leaves out indicators that did not move the score", () => {
    // Tickets fell from 4 to 2, but both are at or below the target: 100 either way.
    const current = computeHealthScore(
      saasHealthModel,
      weekOfSamples(thisWeek, { activeUsers: 120, logins: 170, openTickets: 2 }),
      thisWeek,
    );
    const explanation = explainHealthChange(previous, current);
    expect(explanation.drivers.map((driver) => driver.sentence)).toEqual([
      "Logins rose from 150 to 170 (+2.5 points)",
    ]);
    expect(explanation.summary).toBe("Health rose from 81 to 84 (+3 points).");
    expect(explanation.statusChanged).toBe(false);
  });

  it("explains an indicator losing its data and its weight going to the others", () => {
    // Tickets has no data: users 75 × 2/3 = 50, logins 75 × 1/3 = 25; 75 → Healthy.
    const current = computeHealthScore(
      saasHealthModel,
      weekOfSamples(thisWeek, { activeUsers: 120, logins: 150, openTickets: null }),
      thisWeek,
    );
    const explanation = explainHealthChange(previous, current);
    expect(explanation.drivers.map(({ kind, points, sentence }) => ({ kind, points, sentence }))).toEqual([
      { kind: "data_lost", points: -25, sentence: "Open tickets has no data (was 4) (−25 points)" },
      {
        kind: "weight_changed",
        points: 12.5,
        sentence:
          "Weekly active users now counts for 66.67% of the score instead of 50%, as indicators without data leave their weight to the others (+12.5 points)",
      },
      {
        kind: "weight_changed",
        points: 6.25,
        sentence:
          "Logins now counts for 33.33% of the score instead of 25%, as indicators without data leave their weight to the others (+6.3 points)",
      },
    ]);
    // The drivers add up to the change before rounding: 75 − 81.25.
    expect(explanation.drivers.reduce((sum, driver) => sum + driver.points, 0)).toBeCloseTo(-6.25, 6);
    expect(explanation.scoreChange).toBe(-6);

    const back = explainHealthChange(current, previous);
    expect(back.drivers[0]?.sentence).toBe("Open tickets has data again: 4 (+25 points)");
  });

  it("explains a changed target or weight of an engagement's model", () => {
    const override = applyHealthModelOverride(saasHealthModel, {
      indicators: [
        { key: "weekly_active_users", target: 120, weight: 40 },
        { key: "open_tickets", weight: 35 },
      ],
    });
    if (!override.ok) throw new Error(override.error.message);
    const current = computeHealthScore(
      override.value,
      weekOfSamples(lastWeek, { activeUsers: 120, logins: 150, openTickets: 4 }),
      lastWeek,
    );
    // Users 120/120 → 100 × 40% = 40 (+2.5); tickets 100 × 35% = 35 (+10); logins unchanged.
    const explanation = explainHealthChange(previous, current);
    expect(explanation.drivers.map((driver) => driver.sentence)).toEqual([
      "Open tickets weight changed from 25 to 35 (+10 points)",
      "Weekly active users target changed from 160 to 120 (+2.5 points)",
    ]);
  });

  it("explains indicators added to or removed from the model", () => {
    const [users, logins, tickets] = previous.indicators;
    if (!users || !logins || !tickets) throw new Error("three indicators");
    const withoutTickets: HealthSnapshot = {
      ...previous,
      score: 75,
      status: "healthy",
      indicators: [
        { ...users, effectiveWeight: 66.67, contribution: 50 },
        { ...logins, effectiveWeight: 33.33, contribution: 25 },
      ],
    };
    const removed = explainHealthChange(previous, withoutTickets);
    expect(removed.drivers.find((driver) => driver.key === "open_tickets")?.sentence).toBe(
      "Open tickets was removed from the health model (−25 points)",
    );
    const added = explainHealthChange(withoutTickets, previous);
    expect(added.drivers.find((driver) => driver.key === "open_tickets")).toMatchObject({
      kind: "added",
      previousActual: null,
      currentActual: 4,
      sentence: "Open tickets was added to the health model (+25 points)",
    });
  });

  it("summarizes scores appearing and disappearing", () => {
    const empty = computeHealthScore(saasHealthModel, [], thisWeek);
    expect(explainHealthChange(empty, previous).summary).toBe("Health now scores 81.");
    expect(explainHealthChange(previous, empty)).toMatchObject({
      scoreChange: null,
      statusChanged: true,
      currentStatus: null,
      summary: "Health has no score now (was 81): no indicator has data.",
    });
    expect(explainHealthChange(empty, empty)).toMatchObject({
      drivers: [],
      summary: "Health has no score: no indicator has data.",
    });
    expect(explainHealthChange(previous, previous)).toMatchObject({
      drivers: [],
      scoreChange: 0,
      summary: "Health stayed at 81.",
    });
  });
});
