/** The scheduler's queries: pending actions whose time trigger is due, across organizations, and firing one. */
import { sql } from "kysely";
import type { TrellisDb } from "../database.js";
import type { TenantScope } from "../tenant-scope.js";

export interface DueTrigger {
  organization_id: string;
  action_id: string;
}

/** Pending actions whose `fires_at` has passed and whose trigger has not fired yet, oldest first. */
export async function listDueTriggers(db: TrellisDb, now: Date, limit: number): Promise<DueTrigger[]> {
  const result = await sql<DueTrigger>`select * from trellis_due_triggers(${now}, ${limit})`.execute(db);
  return result.rows;
}

/**
 * Records that the action's trigger fired, if it is still pending, due and unfired (locking the row, so two
 * schedulers cannot both fire it). Returns whether this call fired it.
 */
export async function markTriggerFired(scope: TenantScope, actionId: string, now: Date): Promise<boolean> {
  const fired = await scope.db
    .updateTable("actions")
    .set({ triggered_at: now, updated_at: now })
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", actionId)
    .where("state", "=", "pending")
    .where("triggered_at", "is", null)
    .where("fires_at", "<=", now)
    .returning("id")
    .executeTakeFirst();
  return fired !== undefined;
}
