import type { PointEvent, ScoreRule, UtcTimestamp } from "@trellis/domain";
import { happinessOf } from "./happiness.js";
import { DEFAULT_SCORE_RULES } from "./score-rules.js";

/** One line of the score ledger: an event, the rule it matched, and the points it earned. */
export interface PointEntry {
  eventId: string;
  userId: string;
  at: UtcTimestamp;
  ruleKey: string;
  points: number;
  reason: string;
  /** The score after this entry. */
  total: number;
}

export type SkipReason = "duplicate_event" | "no_matching_rule" | "monthly_limit_reached";

/** An event that earned nothing, and why: so "why didn't my login count?" has an answer. */
export interface SkippedPointEvent {
  eventId: string;
  reason: SkipReason;
}

export interface EngagementScore {
  total: number;
  entries: PointEntry[];
  skipped: SkippedPointEvent[];
}

/**
 * Scores point events with score rules (SPEC §D) and returns the total with its ledger.
 *
 * - Events are taken in time order (then by id), so the result does not depend on delivery order.
 * - An event id seen before is skipped (`duplicate_event`): a webhook delivered twice scores once.
 * - Each event matches at most one rule. A `feature.used` event earns only the highest threshold it reached
 *   (45 minutes earns the 30-minute rule's +30, 150 minutes the 120-minute rule's +120, not the sum); a feedback
 *   event the rule of its happiness level (NPS answers mapped by `happinessFromNps`).
 * - A `once_per_user_per_month` rule (the monthly login) counts the first matching event of each user in each UTC
 *   calendar month; later ones in that month are skipped (`monthly_limit_reached`).
 * - The total can go below zero (a no-show and a failed payment on a new account): it is not clamped, so the
 *   ledger always adds up.
 *
 * Score one user by passing their events, an account by passing all its users' events.
 *
 * @example
 * const { total, entries } = scorePointEvents([
 *   { id: "e1", type: "user.logged_in", at: "2026-03-02T09:00:00.000Z", userId: "u1" },
 *   { id: "e2", type: "feature.used", at: "2026-03-02T10:00:00.000Z", userId: "u1", feature: "Reports", minutes: 75 },
 * ]);
 * total; // 90 (30 for the month's login + 60 for an hour or more on Reports)
 */
export function scorePointEvents(
  events: readonly PointEvent[],
  rules: readonly ScoreRule[] = DEFAULT_SCORE_RULES,
): EngagementScore {
  const ordered = [...events].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const seenEvents = new Set<string>();
  const countedThisMonth = new Set<string>();
  const entries: PointEntry[] = [];
  const skipped: SkippedPointEvent[] = [];
  let total = 0;

  for (const event of ordered) {
    if (seenEvents.has(event.id)) {
      skipped.push({ eventId: event.id, reason: "duplicate_event" });
      continue;
    }
    seenEvents.add(event.id);

    const rule = ruleFor(event, rules);
    if (!rule) {
      skipped.push({ eventId: event.id, reason: "no_matching_rule" });
      continue;
    }
    if (rule.limit === "once_per_user_per_month") {
      const month = `${rule.key}|${event.userId}|${event.at.slice(0, 7)}`;
      if (countedThisMonth.has(month)) {
        skipped.push({ eventId: event.id, reason: "monthly_limit_reached" });
        continue;
      }
      countedThisMonth.add(month);
    }

    total += rule.points;
    entries.push({
      eventId: event.id,
      userId: event.userId,
      at: event.at,
      ruleKey: rule.key,
      points: rule.points,
      reason: event.type === "feature.used" ? `${rule.reason}: ${event.feature}` : rule.reason,
      total,
    });
  }
  return { total, entries, skipped };
}

/** The one rule an event matches, if any. */
export function ruleFor(event: PointEvent, rules: readonly ScoreRule[]): ScoreRule | undefined {
  switch (event.type) {
    case "feedback.submitted": {
      const happiness = happinessOf(event.answer);
      return rules.find((rule) => rule.event === "feedback.submitted" && rule.happiness === happiness);
    }
    case "feature.used": {
      let best: Extract<ScoreRule, { event: "feature.used" }> | undefined;
      for (const rule of rules) {
        if (rule.event !== "feature.used" || rule.minMinutes > event.minutes) continue;
        if (!best || rule.minMinutes > best.minMinutes) best = rule;
      }
      return best;
    }
    case "custom":
      return rules.find((rule) => rule.event === "custom" && rule.name === event.name);
    default:
      return rules.find((rule) => rule.event === event.type);
  }
}
