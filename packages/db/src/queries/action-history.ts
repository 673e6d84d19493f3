import type { ActionState, Actor, HistoryEntry, HistoryEvent } from "@trellis/domain";
import { newId } from "@trellis/domain";
import type { ActionHistoryRow } from "../tables/action-history.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

export function toHistoryEntry(row: ActionHistoryRow): HistoryEntry {
  return {
    id: row.id as HistoryEntry["id"],
    organizationId: row.organization_id as HistoryEntry["organizationId"],
    actionId: row.action_id as HistoryEntry["actionId"],
    at: iso(row.at),
    actor: row.actor,
    fromState: row.from_state,
    toState: row.to_state,
    event: row.event,
  };
}

export interface NewHistoryEntry {
  actionId: string;
  at: string;
  actor: Actor;
  fromState: ActionState;
  toState: ActionState;
  event: HistoryEvent;
}

export async function appendHistory(scope: TenantScope, entry: NewHistoryEntry): Promise<void> {
  await appendHistoryEntries(scope, [entry]);
}

/** Appends several history entries in one statement. */
export async function appendHistoryEntries(
  scope: TenantScope,
  entries: readonly NewHistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await scope.db
    .insertInto("action_history")
    .values(
      entries.map((entry) => ({
        id: newId("historyEntry"),
        organization_id: scope.organizationId,
        action_id: entry.actionId,
        at: entry.at,
        actor: JSON.stringify(entry.actor),
        from_state: entry.fromState,
        to_state: entry.toState,
        event: JSON.stringify(entry.event),
      })),
    )
    .execute();
}

export async function listHistory(scope: TenantScope, actionId: string): Promise<HistoryEntry[]> {
  const rows = await scope.db
    .selectFrom("action_history")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("action_id", "=", actionId)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return rows.map(toHistoryEntry);
}
