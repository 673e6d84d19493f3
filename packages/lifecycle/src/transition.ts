/**
 * The action state machine as one pure function: (snapshot, event, context) → next state and effects, or a
 * typed refusal. The service loads the action, calls this, and writes the result and its effects in one
 * transaction; it never decides a transition itself.
 */
import type { ActionState } from "@trellis/domain";
import type { ActionEffect, HistoryEffect } from "./action-effect.js";
import { type ActionEvent, actionEventSchema } from "./action-event.js";
import type { ActionSnapshot } from "./action-snapshot.js";
import {
  acceptsCustomerResponse,
  CUSTOMER_RESPONSE_KINDS_BY_ACTION_TYPE,
} from "./customer-response-kinds.js";
import {
  eventValidationError,
  forbiddenEventError,
  invalidTransitionError,
  type TransitionError,
} from "./errors.js";
import { eventOutcome } from "./event-outcome.js";
import { executionBlocker } from "./execution-guard.js";
import { EVENT_ACTOR, findTransitionRule, typeExclusionReason } from "./machine-definition.js";
import type { TransitionContext } from "./transition-context.js";

export type TransitionResult =
  | { readonly ok: true; readonly next: ActionState; readonly effects: readonly ActionEffect[] }
  | { readonly ok: false; readonly error: TransitionError };

function refuse(error: TransitionError): TransitionResult {
  return { ok: false, error };
}

/**
 * Applies one event to an action. Checks, in order: the payload, the actor kind, the (state, event) rule, then
 * the event's guards (execute: confirmation, draft present, no blocking problem). A success always carries
 * exactly one `history` effect, first; a refusal carries none.
 *
 * @example
 * const result = transition(
 *   { state: "ready", type: "email", dueAt: null },
 *   { type: "execute", confirmed: true, idempotencyKey: "act_01J…:execute" },
 *   { actor: agent, now: "2026-01-31T09:00:00.000Z", hasDraft: true, draftProblems: [] },
 * );
 * // result.ok === true, result.next === "executed",
 * // result.effects: history(executed), deliver(email, "act_01J…:execute")
 */
export function transition(
  snapshot: ActionSnapshot,
  event: ActionEvent,
  context: TransitionContext,
): TransitionResult {
  // Typed callers can still hand over unchecked input (an API body cast to ActionEvent); parse it here.
  const parsed = actionEventSchema.safeParse(event);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    }));
    return refuse(eventValidationError(typeof event?.type === "string" ? event.type : "unknown", issues));
  }
  const valid = parsed.data;

  const allowedActorKind = EVENT_ACTOR[valid.type];
  if (context.actor.kind !== allowedActorKind) {
    return refuse(forbiddenEventError(valid.type, context.actor.kind, allowedActorKind));
  }

  const rule = findTransitionRule(snapshot.state, valid.type, snapshot.type);
  if (!rule) {
    const reason = typeExclusionReason(snapshot.state, valid.type, snapshot.type);
    return refuse(invalidTransitionError(snapshot.state, valid.type, snapshot.type, reason));
  }

  if (valid.type === "execute") {
    const blocker = executionBlocker(valid.confirmed, context);
    if (blocker) return refuse(blocker);
  }
  if (valid.type === "customer_responded" && !acceptsCustomerResponse(snapshot.type, valid.response.kind)) {
    const accepted = CUSTOMER_RESPONSE_KINDS_BY_ACTION_TYPE[snapshot.type].join(" or ");
    return refuse(
      eventValidationError(valid.type, [
        {
          path: "response.kind",
          message: `a ${snapshot.type} action takes ${accepted} responses, not ${valid.response.kind}`,
        },
      ]),
    );
  }

  const outcome = eventOutcome(snapshot, valid, context);
  const history: HistoryEffect = {
    type: "history",
    event: outcome.history,
    fromState: snapshot.state,
    toState: outcome.next,
    actor: context.actor,
    at: context.now,
  };
  return { ok: true, next: outcome.next, effects: [history, ...outcome.effects] };
}
