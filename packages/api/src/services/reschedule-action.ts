import type { TenantScope } from "@trellis/db";
import type { ActionId, Actor } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { DomainFailure } from "../domain-failure.js";
import { type AppliedEvent, applyActionEvent } from "./apply-action-event.js";

/**
 * Moves an action's due time. The new time must be in the future by the injected clock (`VALIDATION_FAILED`
 * otherwise); the lifecycle refuses executed, completed and skipped actions.
 *
 * @example
 * await withTenant(db, organizationId, (scope) => rescheduleAction(deps, scope, actionId, new Date("2026-04-01T09:00:00Z"), actor));
 */
export async function rescheduleAction(
  deps: Pick<AppDeps, "clock" | "mail">,
  scope: TenantScope,
  actionId: ActionId,
  to: Date,
  actor: Actor,
): Promise<AppliedEvent> {
  const now = deps.clock.now();
  if (to.getTime() <= now.getTime()) {
    throw new DomainFailure({
      code: "VALIDATION_FAILED",
      message: `The new time ${to.toISOString()} is not in the future (now is ${now.toISOString()})`,
    });
  }
  return applyActionEvent(deps, scope, actionId, { type: "reschedule", to: to.toISOString() }, actor);
}
