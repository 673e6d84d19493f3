/**
 * The benchmark dataset: one organization with 10,000 accounts and 200,000 actions (20 per account over three
 * milestones) in every lifecycle state, with ARR, risk, due dates and ready times spread like a real book of
 * business. Deterministic (seeded), written in bulk inside the tenant.
 */
import {
  createOrganization,
  type NewAccountRow,
  type NewActionRow,
  type NewMilestoneRow,
  type TrellisDb,
  withTenant,
} from "@trellis/db";
import { ACTION_STATES, type ActionState, newId, type OrganizationId, RISK_LEVELS } from "@trellis/domain";

export interface DatasetSize {
  readonly accounts: number;
  readonly actionsPerAccount: number;
}

export const FULL_DATASET: DatasetSize = { accounts: 10_000, actionsPerAccount: 20 };

export interface Dataset {
  readonly organizationId: OrganizationId;
  readonly agentId: string;
  readonly readyActionIds: string[];
  readonly actions: number;
}

/** A small linear congruential generator: the same dataset on every run and machine. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATE_WEIGHTS: [ActionState, number][] = [
  ["pending", 0.35],
  ["ready", 0.15],
  ["review_pending", 0.05],
  ["executed", 0.15],
  ["completed", 0.25],
  ["skipped", 0.05],
];

function pickState(random: () => number): ActionState {
  let roll = random();
  for (const [state, weight] of STATE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return state;
  }
  return ACTION_STATES[0] ?? "pending";
}

const TYPES = ["email", "form", "document", "meeting", "slack", "manual"] as const;

export async function generateDataset(
  db: TrellisDb,
  size: DatasetSize,
  now: Date,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Dataset> {
  const random = seeded(42);
  const organizationId = newId("organization");
  await createOrganization(db, {
    id: organizationId,
    name: "Bench Co",
    slug: `bench-${organizationId.slice(-6).toLowerCase()}`,
  });
  const agentId = newId("agent");
  const readyActionIds: string[] = [];
  const day = 86_400_000;
  await withTenant(db, organizationId, async ({ db: trx }) => {
    await trx
      .insertInto("agents")
      .values({
        id: agentId,
        organization_id: organizationId,
        name: "Bench Agent",
        email: "bench@bench.test",
        role: "admin",
      })
      .execute();
  });

  const accountsPerChunk = 200;
  for (let start = 0; start < size.accounts; start += accountsPerChunk) {
    const accounts: NewAccountRow[] = [];
    const milestones: NewMilestoneRow[] = [];
    const actions: NewActionRow[] = [];
    for (let a = start; a < Math.min(size.accounts, start + accountsPerChunk); a++) {
      const accountId = newId("account");
      const startedAt = new Date(now.getTime() - Math.floor(random() * 120) * day);
      accounts.push({
        id: accountId,
        organization_id: organizationId,
        name: `Account ${String(a).padStart(5, "0")}`,
        domains: [`account${a}.test`],
        // Log-uniform ARR between $5k and $2M, in cents.
        arr_minor: Math.round(5_000 * 400 ** random()) * 100,
        arr_currency: "USD",
        risk: RISK_LEVELS[Math.floor(random() * RISK_LEVELS.length)] ?? "low",
        owner_agent_id: agentId,
        started_at: startedAt,
        custom_fields: "{}",
      });
      const milestoneIds = [0, 1, 2].map((position) => {
        const id = newId("milestone");
        milestones.push({
          id,
          organization_id: organizationId,
          account_id: accountId,
          key: `m${position}`,
          name: `Milestone ${position + 1}`,
          position,
          starts_at: new Date(startedAt.getTime() + position * 14 * day),
        });
        return id;
      });
      for (let i = 0; i < size.actionsPerAccount; i++) {
        const id = newId("action");
        const state = pickState(random);
        const due = random() < 0.1 ? null : new Date(now.getTime() + Math.floor((random() * 40 - 10) * day));
        const readyAt =
          state === "pending" ? null : new Date(now.getTime() - Math.floor(random() * 20 * day));
        if (state === "ready" || state === "review_pending") readyActionIds.push(id);
        actions.push({
          id,
          organization_id: organizationId,
          account_id: accountId,
          milestone_id: milestoneIds[i % 3] ?? milestoneIds[0] ?? "",
          key: `a${i}`,
          name: `Action ${i + 1}`,
          type: TYPES[i % TYPES.length] ?? "email",
          state,
          trigger: JSON.stringify({ type: "manual" }),
          due_at: due,
          ready_at: readyAt,
          updated_at: now,
        });
      }
    }
    await withTenant(db, organizationId, async ({ db: trx }) => {
      await trx.insertInto("accounts").values(accounts).execute();
      await trx.insertInto("milestones").values(milestones).execute();
      for (let offset = 0; offset < actions.length; offset += 1_000) {
        await trx
          .insertInto("actions")
          .values(actions.slice(offset, offset + 1_000))
          .execute();
      }
    });
    onProgress(Math.min(size.accounts, start + accountsPerChunk), size.accounts);
  }
  return { organizationId, agentId, readyActionIds, actions: size.accounts * size.actionsPerAccount };
}
