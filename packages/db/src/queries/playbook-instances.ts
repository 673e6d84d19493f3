/**
 * Writing a playbook's milestones and actions for an account: batched inserts (one statement per table, not one per
 * row) and the checks that keep a template from being instantiated twice or clashing with existing keys.
 */
import type { ActionType, Actor, HistoryEvent, Trigger } from "@trellis/domain";
import type { AccountRow } from "../tables/accounts.table.js";
import type { ActionRow } from "../tables/actions.table.js";
import type { MilestoneRow } from "../tables/milestones.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { appendHistoryEntries } from "./action-history.js";

/** Loads the account and locks it, so two instantiations for one account run one after the other. */
export async function getAccountForUpdate(scope: TenantScope, id: string): Promise<AccountRow | undefined> {
  return scope.db
    .selectFrom("accounts")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether the template has already been instantiated for the account (it left milestones there). */
export async function accountHasTemplateInstance(
  scope: TenantScope,
  accountId: string,
  templateId: string,
): Promise<boolean> {
  const row = await scope.db
    .selectFrom("milestones")
    .select("id")
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "=", accountId)
    .where("template_id", "=", templateId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of these milestone and action keys the account already uses (keys are unique per account). */
export async function existingAccountKeys(
  scope: TenantScope,
  accountId: string,
  keys: { milestones: readonly string[]; actions: readonly string[] },
): Promise<{ milestones: string[]; actions: string[] }> {
  const [milestones, actions] = await Promise.all([
    keys.milestones.length === 0
      ? Promise.resolve([])
      : scope.db
          .selectFrom("milestones")
          .select("key")
          .where("organization_id", "=", scope.organizationId)
          .where("account_id", "=", accountId)
          .where("key", "in", [...keys.milestones])
          .orderBy("key")
          .execute(),
    keys.actions.length === 0
      ? Promise.resolve([])
      : scope.db
          .selectFrom("actions")
          .select("key")
          .where("organization_id", "=", scope.organizationId)
          .where("account_id", "=", accountId)
          .where("key", "in", [...keys.actions])
          .orderBy("key")
          .execute(),
  ]);
  return { milestones: milestones.map((row) => row.key), actions: actions.map((row) => row.key) };
}

export interface NewMilestone {
  id: string;
  accountId: string;
  templateId: string | null;
  key: string;
  name: string;
  description: string;
  position: number;
  startsAt: Date;
  at: Date;
}

/** Inserts milestones in one statement. */
export async function insertMilestones(
  scope: TenantScope,
  milestones: readonly NewMilestone[],
): Promise<MilestoneRow[]> {
  if (milestones.length === 0) return [];
  return scope.db
    .insertInto("milestones")
    .values(
      milestones.map((milestone) => ({
        id: milestone.id,
        organization_id: scope.organizationId,
        account_id: milestone.accountId,
        template_id: milestone.templateId,
        key: milestone.key,
        name: milestone.name,
        description: milestone.description,
        position: milestone.position,
        starts_at: milestone.startsAt,
        created_at: milestone.at,
      })),
    )
    .returningAll()
    .execute();
}

export interface NewPendingAction {
  id: string;
  accountId: string;
  milestoneId: string;
  templateId: string | null;
  key: string;
  name: string;
  type: ActionType;
  purpose: string;
  trigger: Trigger;
  firesAt: Date | null;
  dueAt: Date | null;
  blocker: boolean;
  custom: boolean;
  at: Date;
}

/** Inserts actions in the `pending` state: their trigger has not fired yet. */
export async function insertPendingActions(
  scope: TenantScope,
  actions: readonly NewPendingAction[],
): Promise<ActionRow[]> {
  if (actions.length === 0) return [];
  return scope.db
    .insertInto("actions")
    .values(
      actions.map((action) => ({
        id: action.id,
        organization_id: scope.organizationId,
        account_id: action.accountId,
        milestone_id: action.milestoneId,
        template_id: action.templateId,
        key: action.key,
        name: action.name,
        type: action.type,
        purpose: action.purpose,
        state: "pending" as const,
        trigger: JSON.stringify(action.trigger),
        fires_at: action.firesAt,
        due_at: action.dueAt,
        blocker: action.blocker,
        custom: action.custom,
        created_at: action.at,
        updated_at: action.at,
      })),
    )
    .returningAll()
    .execute();
}

/** History entries for actions that did not change state (creation): one insert for all of them. */
export async function appendCreationHistory(
  scope: TenantScope,
  entries: readonly { actionId: string; at: Date; actor: Actor; event: HistoryEvent }[],
): Promise<void> {
  await appendHistoryEntries(
    scope,
    entries.map((entry) => ({
      actionId: entry.actionId,
      at: entry.at.toISOString(),
      actor: entry.actor,
      fromState: "pending",
      toState: "pending",
      event: entry.event,
    })),
  );
}
