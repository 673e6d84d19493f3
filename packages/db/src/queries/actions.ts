import type { Action, ActionId } from "@trellis/domain";
import type { ActionRow, ActionUpdate } from "../tables/actions.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

export function toAction(row: ActionRow): Action {
  return {
    id: row.id as Action["id"],
    organizationId: row.organization_id as Action["organizationId"],
    accountId: row.account_id as Action["accountId"],
    milestoneId: row.milestone_id as Action["milestoneId"],
    templateId: row.template_id as Action["templateId"],
    key: row.key,
    name: row.name,
    type: row.type,
    purpose: row.purpose,
    state: row.state,
    trigger: row.trigger,
    blocker: row.blocker,
    custom: row.custom,
    dueAt: iso(row.due_at),
    triggeredAt: iso(row.triggered_at),
    currentDraftId: row.current_draft_id as Action["currentDraftId"],
    draftFailure:
      row.draft_failure_reason && row.draft_failure_at
        ? { reason: row.draft_failure_reason, at: iso(row.draft_failure_at) }
        : null,
    executedAt: iso(row.executed_at),
    completedAt: iso(row.completed_at),
    skipReason: row.skip_reason,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** Loads an action and locks its row until the transaction ends, so state changes to it happen one at a time. */
export async function getActionForUpdate(scope: TenantScope, id: ActionId): Promise<ActionRow | undefined> {
  return scope.db
    .selectFrom("actions")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function getAction(scope: TenantScope, id: ActionId): Promise<ActionRow | undefined> {
  return scope.db
    .selectFrom("actions")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/**
 * Loads several actions and locks their rows until the transaction ends, in id order so that two transactions
 * locking overlapping sets cannot deadlock.
 */
export async function getActionsForUpdate(
  scope: TenantScope,
  ids: readonly ActionId[],
): Promise<ActionRow[]> {
  if (ids.length === 0) return [];
  return scope.db
    .selectFrom("actions")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "in", [...ids])
    .orderBy("id")
    .forUpdate()
    .execute();
}

/** Applies a change and bumps the version; the caller holds the row lock. */
export async function updateAction(
  scope: TenantScope,
  id: ActionId,
  change: ActionUpdate,
  at: Date,
): Promise<ActionRow> {
  const [updated] = await updateActions(scope, [id], change, at);
  if (!updated) throw new Error(`action ${id} was not found`);
  return updated;
}

/** Applies the same change to several actions and bumps each one's version; the caller holds the row locks. */
export async function updateActions(
  scope: TenantScope,
  ids: readonly ActionId[],
  change: ActionUpdate,
  at: Date,
): Promise<ActionRow[]> {
  if (ids.length === 0) return [];
  return scope.db
    .updateTable("actions")
    .set((eb) => ({ ...change, updated_at: at, version: eb("version", "+", 1) }))
    .where("organization_id", "=", scope.organizationId)
    .where("id", "in", [...ids])
    .returningAll()
    .execute();
}
