/**
 * Executing an action: irreversible, so it needs the agent's explicit confirmation and a complete draft, and it is
 * keyed: the same idempotency key (a double click, a network retry, a second tab) gets the same answer and never a
 * second delivery.
 */
import { getActionDelivery, type TenantScope, toAction } from "@trellis/db";
import type { Action, ActionId, Actor, DeliveryChannel } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { applyActionEvent } from "./apply-action-event.js";

export interface ExecuteRequest {
  readonly actionId: ActionId;
  readonly confirmed: boolean;
  readonly idempotencyKey: string;
}

export interface ExecutedAction {
  readonly action: Action;
  /** The one delivery the execution queued in the outbox. */
  readonly delivery: {
    readonly id: string;
    readonly channel: DeliveryChannel;
    readonly messageId: string;
    readonly status: "pending" | "sending" | "sent" | "failed";
  } | null;
  /** True when this request repeated an execution already made with the same key. */
  readonly replayed: boolean;
}

/**
 * Executes the action in the caller's tenant transaction (the row lock makes concurrent executes take turns: the
 * first executes, a repeat of its key replays it, any other key is refused as the action is no longer ready).
 * Refuses with `CONFIRMATION_REQUIRED`, `DRAFT_MISSING`, `DRAFT_INCOMPLETE` (naming every unresolved variable and
 * placeholder) or `INVALID_TRANSITION`.
 *
 * @example
 * const result = await withTenant(db, organizationId, (scope) =>
 *   executeAction(deps, scope, { actionId, confirmed: true, idempotencyKey: "click-5f2c9a" }, actor),
 * );
 * result.delivery?.messageId; // "<dlv_01J…@trellis.local>"
 */
export async function executeAction(
  deps: Pick<AppDeps, "clock" | "mail">,
  scope: TenantScope,
  request: ExecuteRequest,
  actor: Actor,
): Promise<ExecutedAction> {
  const applied = await applyActionEvent(
    deps,
    scope,
    request.actionId,
    { type: "execute", confirmed: request.confirmed, idempotencyKey: request.idempotencyKey },
    actor,
  );
  const delivery = await getActionDelivery(scope, request.actionId);
  return {
    action: toAction(applied.action),
    delivery: delivery
      ? {
          id: delivery.id,
          channel: delivery.channel,
          messageId: delivery.message_id,
          status: delivery.status,
        }
      : null,
    replayed: applied.replayed,
  };
}
