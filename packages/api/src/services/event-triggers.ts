import type { ActionRow, TenantScope } from "@trellis/db";
import { sql } from "kysely";

/**
 * Starts the account's pending actions that wait on this one (`action_completed` or `form_submitted` event
 * triggers): their `fires_at` becomes now, and the scheduler drafts them on its next tick.
 */
export async function fireDependentActions(
  scope: TenantScope,
  action: ActionRow,
  kind: "action_completed" | "form_submitted",
  now: Date,
): Promise<number> {
  const result = await scope.db
    .updateTable("actions")
    .set({ fires_at: now, updated_at: now })
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "=", action.account_id)
    .where("state", "=", "pending")
    .where("fires_at", "is", null)
    .where(sql<string>`trigger->>'type'`, "=", "event")
    .where(sql<string>`trigger->'on'->>'kind'`, "=", kind)
    .where(sql<string>`trigger->'on'->>'actionKey'`, "=", action.key)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * A milestone is done when every action in it is completed or skipped and every blocker is completed (a skipped
 * blocker keeps it open: that is what marking an action a blocker means).
 */
export async function completeMilestoneIfDone(
  scope: TenantScope,
  action: ActionRow,
  now: Date,
): Promise<void> {
  const open = await scope.db
    .selectFrom("actions")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("organization_id", "=", scope.organizationId)
    .where("milestone_id", "=", action.milestone_id)
    .where((eb) =>
      eb.or([
        eb("state", "not in", ["completed", "skipped"]),
        eb.and([eb("blocker", "=", true), eb("state", "!=", "completed")]),
      ]),
    )
    .executeTakeFirstOrThrow();
  if (Number(open.count) > 0) return;
  await scope.db
    .updateTable("milestones")
    .set({ completed_at: now })
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", action.milestone_id)
    .where("completed_at", "is", null)
    .execute();
}
