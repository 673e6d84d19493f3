/**
 * Demo health for the seed: a small health model (logins, feature minutes, NPS answers, open support tickets) and
 * twelve weekly snapshots per demo account, scored with `computeHealthScore` from synthetic metric samples. The
 * samples follow the account's risk (low-risk accounts thrive and improve, critical ones struggle and decline),
 * shifted and jittered per account by a seed drawn from its name. Pure and deterministic for a given instant.
 */
import {
  type HealthModel,
  type HealthSnapshot,
  healthModelSchema,
  type MetricSample,
  type RiskLevel,
} from "@trellis/domain";
import { computeHealthScore } from "@trellis/scoring";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** The SPEC keeps twelve weeks of health history. */
export const DEMO_HEALTH_WEEKS = 12;

export const DEMO_HEALTH_MODEL: HealthModel = healthModelSchema.parse({
  name: "Demo SaaS health",
  indicators: [
    {
      key: "weekly_logins",
      name: "Logins per week",
      metric: "logins",
      aggregate: "sum",
      windowDays: 7,
      direction: "maximize",
      target: 60,
      weight: 35,
    },
    {
      key: "feature_minutes",
      name: "Feature minutes per day",
      metric: "feature.minutes",
      aggregate: "average",
      windowDays: 7,
      direction: "maximize",
      target: 120,
      weight: 25,
    },
    {
      key: "nps",
      name: "NPS answer (0–10)",
      metric: "survey.nps",
      aggregate: "average",
      windowDays: 30,
      direction: "maximize",
      target: 9,
      weight: 20,
    },
    {
      key: "open_support_tickets",
      name: "Open support tickets",
      metric: "support.open_tickets",
      aggregate: "average",
      windowDays: 7,
      direction: "minimize",
      target: 2,
      weight: 20,
    },
  ],
});

/**
 * How an account of each risk fares, as "vitality": 1 meets every target, 0.5 reaches half of them. `start` is the
 * vitality twelve weeks ago and `weeklyChange` how it moves each week, so risky accounts trend down.
 */
const RISK_TRAJECTORIES: Readonly<Record<RiskLevel, { start: number; weeklyChange: number }>> = {
  low: { start: 0.9, weeklyChange: 0.008 },
  medium: { start: 0.76, weeklyChange: -0.004 },
  high: { start: 0.66, weeklyChange: -0.022 },
  critical: { start: 0.52, weeklyChange: -0.03 },
};

/** What the demo health of an account depends on. */
export interface DemoHealthAccount {
  readonly name: string;
  readonly risk: RiskLevel;
}

/** FNV-1a: a stable 32-bit seed from the account's name. */
function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1), so every machine gets the same demo. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The instants of the weekly snapshots, oldest first: the start of today (UTC) and each week before it. */
export function demoSnapshotInstants(now: Date, weeks: number = DEMO_HEALTH_WEEKS): Date[] {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return Array.from({ length: weeks }, (_, index) => new Date(today - (weeks - 1 - index) * WEEK_MS));
}

/**
 * Daily metric samples of one account from a month before the first snapshot (the NPS window is 30 days) up to
 * the last: logins, feature minutes and open tickets every day, one NPS answer a week.
 */
export function demoMetricSamples(account: DemoHealthAccount, instants: readonly Date[]): MetricSample[] {
  const first = instants[0];
  const last = instants.at(-1);
  if (!first || !last) return [];
  const random = seededRandom(seedOf(account.name));
  const trajectory = RISK_TRAJECTORIES[account.risk];
  const offset = (random() - 0.5) * 0.16;
  const jitter = (spread: number) => 1 + (random() - 0.5) * spread;
  const samples: MetricSample[] = [];
  for (let at = first.getTime() - 30 * DAY_MS + DAY_MS / 2; at < last.getTime(); at += DAY_MS) {
    const weeksIn = (at - first.getTime()) / WEEK_MS;
    const vitality = Math.min(
      1.2,
      Math.max(0.1, trajectory.start + offset + trajectory.weeklyChange * Math.max(0, weeksIn)),
    );
    const iso = new Date(at).toISOString();
    samples.push(
      { metric: "logins", at: iso, value: Math.round(((vitality * 60) / 7) * jitter(0.4)) },
      { metric: "feature.minutes", at: iso, value: Math.round(vitality * 120 * jitter(0.3)) },
      { metric: "support.open_tickets", at: iso, value: Math.round((2 / vitality) * jitter(0.5)) },
    );
    if (Math.floor((at - first.getTime()) / DAY_MS) % 7 === 0) {
      const answer = Math.round(Math.min(10, Math.max(0, vitality * 10 * jitter(0.2))));
      samples.push({ metric: "survey.nps", at: iso, value: answer });
    }
  }
  return samples;
}

/**
 * An account's twelve weekly health snapshots up to `now`, oldest first, scored with the demo model.
 *
 * @example
 * demoHealthSnapshots({ name: "Acme Corp", risk: "low" }, new Date()).at(-1)?.status; // "thriving"
 */
export function demoHealthSnapshots(account: DemoHealthAccount, now: Date): HealthSnapshot[] {
  const instants = demoSnapshotInstants(now);
  const samples = demoMetricSamples(account, instants);
  return instants.map((instant) => computeHealthScore(DEMO_HEALTH_MODEL, samples, instant.toISOString()));
}
