import { type PointEvent, pointEventSchema, scoreRuleSetSchema } from "@trellis/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scorePointEvents } from "./engagement-score.js";
import { happinessFromNps } from "./happiness.js";
import { DEFAULT_SCORE_RULES, mergeScoreRules } from "./score-rules.js";

let counter = 0;
function event(input: Record<string, unknown>): PointEvent {
  counter += 1;
  return pointEventSchema.parse({ id: `evt_${String(counter).padStart(3, "0")}`, userId: "u1", ...input });
}

describe("scorePointEvents with the default rules", () => {
  it("gives each event the points of SPEC §D (worked example)", () => {
    const events = [
      event({ type: "account.signed_up", at: "2026-03-01T08:00:00.000Z" }), // +30 → 30
      event({ type: "user.logged_in", at: "2026-03-02T09:00:00.000Z" }), // +30 → 60
      event({ type: "user.logged_in", at: "2026-03-15T09:00:00.000Z" }), // same month: 0
      event({ type: "feature.used", at: "2026-03-03T10:00:00.000Z", feature: "Reports", minutes: 45 }), // +30 → 90
      event({ type: "feature.used", at: "2026-03-04T10:00:00.000Z", feature: "Reports", minutes: 75 }), // +60 → 150
      event({ type: "feature.used", at: "2026-03-05T10:00:00.000Z", feature: "Dashboards", minutes: 150 }), // +120 → 270
      event({ type: "feature.used", at: "2026-03-06T10:00:00.000Z", feature: "Reports", minutes: 20 }), // under 30: 0
      event({ type: "appointment.attended", at: "2026-03-07T10:00:00.000Z" }), // +30 → 300
      event({ type: "appointment.missed", at: "2026-03-08T10:00:00.000Z" }), // −30 → 270
      event({
        type: "feedback.submitted",
        at: "2026-03-09T10:00:00.000Z",
        answer: { kind: "rating", rating: "very_happy" },
      }), // +50 → 320
      event({
        type: "feedback.submitted",
        at: "2026-03-10T10:00:00.000Z",
        answer: { kind: "nps", score: 8 },
      }), // Happy +25 → 345
      event({
        type: "feedback.submitted",
        at: "2026-03-11T10:00:00.000Z",
        answer: { kind: "nps", score: 6 },
      }), // Neutral −25 → 320
      event({
        type: "feedback.submitted",
        at: "2026-03-12T10:00:00.000Z",
        answer: { kind: "rating", rating: "not_happy" },
      }), // −50 → 270
      event({ type: "payment.succeeded", at: "2026-03-13T10:00:00.000Z" }), // +50 → 320
      event({ type: "payment.failed", at: "2026-03-14T10:00:00.000Z" }), // −50 → 270
      event({ type: "user.logged_in", at: "2026-04-01T09:00:00.000Z" }), // new month: +30 → 300
    ];
    const score = scorePointEvents(events);
    expect(score.total).toBe(300);
    expect(score.entries.map((entry) => [entry.points, entry.reason, entry.total])).toEqual([
      [30, "New user", 30],
      [30, "Logged in this month", 60],
      [30, "30+ minutes on a feature: Reports", 90],
      [60, "60+ minutes on a feature: Reports", 150],
      [120, "120+ minutes on a feature: Dashboards", 270],
      [30, "Attended a meeting", 300],
      [-30, "Missed a meeting", 270],
      [50, "Feedback: Very Happy", 320],
      [25, "Feedback: Happy", 345],
      [-25, "Feedback: Neutral", 320],
      [-50, "Feedback: Not Happy", 270],
      [50, "Payment succeeded", 320],
      [-50, "Payment failed", 270],
      [30, "Logged in this month", 300],
    ]);
    // Skipped events are listed in time order too: the short feature use (6 March), then the second login (15 March).
    expect(score.skipped).toEqual([
      { eventId: events[6]?.id, reason: "no_matching_rule" },
      { eventId: events[2]?.id, reason: "monthly_limit_reached" },
    ]);
  });

  it("counts the monthly login once per user per UTC calendar month", () => {
    const score = scorePointEvents([
      event({ type: "user.logged_in", at: "2026-03-31T23:30:00.000Z" }),
      event({ type: "user.logged_in", at: "2026-04-01T00:10:00.000Z" }), // another month in UTC
      event({ type: "user.logged_in", at: "2026-04-20T12:00:00.000Z" }),
      event({ type: "user.logged_in", at: "2026-04-02T12:00:00.000Z", userId: "u2" }), // another user
    ]);
    expect(score.total).toBe(90);
    expect(score.entries.map((entry) => `${entry.userId} ${entry.at.slice(0, 10)}`)).toEqual([
      "u1 2026-03-31",
      "u1 2026-04-01",
      "u2 2026-04-02",
    ]);
  });

  it("scores an event delivered twice once", () => {
    const payment = event({ type: "payment.succeeded", at: "2026-03-13T10:00:00.000Z" });
    const score = scorePointEvents([payment, payment]);
    expect(score.total).toBe(50);
    expect(score.skipped).toEqual([{ eventId: payment.id, reason: "duplicate_event" }]);
  });

  it("lets the score go below zero", () => {
    const score = scorePointEvents([
      event({ type: "appointment.missed", at: "2026-03-08T10:00:00.000Z" }),
      event({ type: "payment.failed", at: "2026-03-09T10:00:00.000Z" }),
    ]);
    expect(score.total).toBe(-80);
    expect(score.entries.at(-1)?.total).toBe(-80);
  });

  it("does not depend on the order events arrive in", () => {
    const events = [
      event({ type: "user.logged_in", at: "2026-03-02T09:00:00.000Z" }),
      event({ type: "user.logged_in", at: "2026-03-20T09:00:00.000Z" }),
      event({ type: "feature.used", at: "2026-03-03T10:00:00.000Z", feature: "Reports", minutes: 61 }),
      event({ type: "payment.failed", at: "2026-03-14T10:00:00.000Z" }),
      event({ type: "user.logged_in", at: "2026-04-02T09:00:00.000Z", userId: "u2" }),
    ];
    const expected = scorePointEvents(events);
    expect(expected.total).toBe(70);
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length }), (shuffled) => {
        expect(scorePointEvents(shuffled)).toEqual(expected);
      }),
    );
  });

  it("ignores events that no rule scores", () => {
    const score = scorePointEvents([
      event({ type: "custom", name: "webinar.attended", at: "2026-03-02T09:00:00.000Z" }),
    ]);
    expect(score).toEqual({
      total: 0,
      entries: [],
      skipped: [{ eventId: expect.any(String), reason: "no_matching_rule" }],
    });
  });
});

describe("score rules are data", () => {
  it("ships valid defaults", () => {
    expect(scoreRuleSetSchema.safeParse(DEFAULT_SCORE_RULES).success).toBe(true);
    expect(DEFAULT_SCORE_RULES).toHaveLength(13);
  });

  it("merges an organization's changes and new rules, and scores with them", () => {
    const rules = mergeScoreRules(DEFAULT_SCORE_RULES, [
      {
        key: "monthly_login",
        event: "user.logged_in",
        points: 40,
        reason: "Logged in this month",
        limit: "once_per_user_per_month",
      },
      {
        key: "webinar",
        event: "custom",
        name: "webinar.attended",
        points: 20,
        reason: "Attended a webinar",
        limit: "every_event",
      },
    ]);
    if (!rules.ok) throw new Error(rules.error.message);
    expect(rules.value).toHaveLength(14);
    const score = scorePointEvents(
      [
        event({ type: "user.logged_in", at: "2026-03-02T09:00:00.000Z" }),
        event({ type: "custom", name: "webinar.attended", at: "2026-03-03T09:00:00.000Z" }),
        event({ type: "custom", name: "webinar.attended", at: "2026-03-04T09:00:00.000Z" }),
      ],
      rules.value,
    );
    expect(score.total).toBe(80);
  });

  it("refuses two rules that match the same events", () => {
    const rules = mergeScoreRules(DEFAULT_SCORE_RULES, [
      {
        key: "half_hour",
        event: "feature.used",
        minMinutes: 30,
        points: 10,
        reason: "Half an hour",
        limit: "every_event",
      },
    ]);
    expect(rules).toEqual({
      ok: false,
      error: {
        code: "VALIDATION_FAILED",
        message: '13: rule "half_hour" matches the same events as rule "feature_30_minutes"',
      },
    });
  });

  it("can drop a tier of feature time: the highest remaining threshold applies", () => {
    const rules = DEFAULT_SCORE_RULES.filter((rule) => rule.key !== "feature_60_minutes");
    const score = scorePointEvents(
      [event({ type: "feature.used", at: "2026-03-03T10:00:00.000Z", feature: "Reports", minutes: 90 })],
      rules,
    );
    expect(score.entries.map((entry) => entry.ruleKey)).toEqual(["feature_30_minutes"]);
  });
});

describe("happinessFromNps", () => {
  it("maps 9–10 to Very Happy, 7–8 Happy, 5–6 Neutral, 0–4 Not Happy", () => {
    expect([10, 9, 8, 7, 6, 5, 4, 0].map(happinessFromNps)).toEqual([
      "very_happy",
      "very_happy",
      "happy",
      "happy",
      "neutral",
      "neutral",
      "not_happy",
      "not_happy",
    ]);
  });
});
