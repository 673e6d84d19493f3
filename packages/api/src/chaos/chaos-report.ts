/**
 * What a chaos run proves, computed from the database and the receiver: every executed action's message arrived
 * (no loss), and no customer got two different messages for one execution, nor a repeat the outbox did not
 * flag as `outcome_unknown` (no duplicate a receiver could not explain).
 */
import type { KillPoint } from "./chaos-plan.js";

export interface ChaosDelivery {
  readonly actionId: string;
  readonly messageId: string;
  readonly status: string;
  readonly outcomeUnknown: boolean;
}

export interface ChaosObservation {
  /** Every action the run meant to execute, with its final state. */
  readonly actions: ReadonlyArray<{ readonly id: string; readonly state: string }>;
  readonly deliveries: readonly ChaosDelivery[];
  /** Message-ID → how many times the receiver got it. */
  readonly arrivals: ReadonlyMap<string, number>;
  readonly kills: ReadonlyMap<KillPoint, number>;
}

export interface ChaosReport {
  readonly actions: number;
  readonly kills: number;
  readonly killsByPoint: Readonly<Partial<Record<KillPoint, number>>>;
  /** Messages the receiver got more than once and deduplicated by Message-ID (each flagged outcome unknown). */
  readonly redeliveriesDeduplicated: number;
  readonly duplicates: number;
  readonly losses: number;
  /** One line per problem, for the console. */
  readonly problems: string[];
}

/** Computes the report; `duplicates` and `losses` must both be 0. */
export function chaosReport(observation: ChaosObservation): ChaosReport {
  const problems: string[] = [];
  const byAction = new Map<string, ChaosDelivery[]>();
  for (const delivery of observation.deliveries) {
    byAction.set(delivery.actionId, [...(byAction.get(delivery.actionId) ?? []), delivery]);
  }
  const known = new Set(observation.deliveries.map((delivery) => delivery.messageId));

  let losses = 0;
  let duplicates = 0;
  for (const action of observation.actions) {
    const deliveries = byAction.get(action.id) ?? [];
    const arrived = deliveries.filter((delivery) => (observation.arrivals.get(delivery.messageId) ?? 0) > 0);
    const unsettled = deliveries.filter((delivery) => delivery.status !== "sent");
    if (action.state !== "executed" || arrived.length === 0 || unsettled.length > 0) {
      losses++;
      problems.push(
        `lost: ${action.id} ended ${action.state}, ${arrived.length} message(s) arrived, ` +
          `${unsettled.length} delivery(ies) not marked sent`,
      );
    }
    if (deliveries.length > 1 || arrived.length > 1) {
      duplicates++;
      problems.push(`duplicate: ${action.id} has ${deliveries.length} deliveries with different Message-IDs`);
    }
  }
  let redeliveries = 0;
  for (const [messageId, count] of observation.arrivals) {
    if (!known.has(messageId)) {
      duplicates++;
      problems.push(`duplicate: ${messageId} arrived but belongs to no delivery`);
      continue;
    }
    if (count <= 1) continue;
    redeliveries += count - 1;
    const delivery = observation.deliveries.find((candidate) => candidate.messageId === messageId);
    if (!delivery?.outcomeUnknown) {
      duplicates++;
      problems.push(`duplicate: ${messageId} arrived ${count} times without being flagged outcome unknown`);
    }
  }
  return {
    actions: observation.actions.length,
    kills: [...observation.kills.values()].reduce((sum, count) => sum + count, 0),
    killsByPoint: Object.fromEntries(observation.kills),
    redeliveriesDeduplicated: redeliveries,
    duplicates,
    losses,
    problems,
  };
}
