/**
 * Loop 1, the scheduler: pending actions whose time trigger is due (event triggers set `fires_at` to the moment
 * their event happened) are marked fired and get a draft job, in one transaction per action.
 */
import { enqueueJob, listDueTriggers, markTriggerFired, withTenant } from "@trellis/db";
import type { OrganizationId } from "@trellis/domain";
import { GENERATE_DRAFT_JOB } from "../services/apply-action-event.js";
import type { DraftJobPayload } from "./draft-job-payload.js";
import type { WorkerDeps } from "./worker-deps.js";
import type { WorkerOptions } from "./worker-options.js";

/** Fires up to one batch of due triggers; returns how many it fired. */
export async function fireDueTriggers(
  deps: Pick<WorkerDeps, "db" | "clock" | "checkpoint">,
  options: Pick<WorkerOptions, "batchSize">,
): Promise<number> {
  const now = deps.clock.now();
  const due = await listDueTriggers(deps.db, now, options.batchSize);
  let fired = 0;
  for (const trigger of due) {
    const didFire = await withTenant(deps.db, trigger.organization_id as OrganizationId, async (scope) => {
      if (!(await markTriggerFired(scope, trigger.action_id, now))) return false;
      const payload: DraftJobPayload = { actionId: trigger.action_id, instructions: null };
      await enqueueJob(scope, {
        kind: GENERATE_DRAFT_JOB,
        payload,
        dedupeKey: `draft:${trigger.action_id}`,
        runAt: now,
      });
      return true;
    });
    if (didFire) {
      fired++;
      await deps.checkpoint?.("trigger_fired", trigger.action_id);
    }
  }
  return fired;
}
