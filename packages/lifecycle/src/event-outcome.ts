/**
 * What a legal event does: the next state, the history event to record, and the other effects. Called only
 * after `transition` has checked the actor, the rule and the guards, so nothing here refuses.
 */
import { type ActionState, DELIVERY_CHANNEL_BY_ACTION_TYPE, type HistoryEvent } from "@trellis/domain";
import type { ActionEffect } from "./action-effect.js";
import type { ActionEvent } from "./action-event.js";
import type { ActionSnapshot } from "./action-snapshot.js";
import { completesOnDelivery, completesOnResponse } from "./completion-policy.js";
import {
  customerRespondedNotification,
  deliveredAndCompletedNotification,
  deliveryFailedNotification,
  draftFailedNotification,
} from "./notifications.js";
import type { TransitionContext } from "./transition-context.js";

export interface EventOutcome {
  readonly next: ActionState;
  readonly history: HistoryEvent;
  /** Effects besides the history entry, in the order the service should apply them. */
  readonly effects: readonly ActionEffect[];
}

// A draft arriving for a pending action is what makes it ready; later drafts keep the state they find.
function afterDraft(state: ActionState): ActionState {
  return state === "pending" ? "ready" : state;
}

export function eventOutcome(
  snapshot: ActionSnapshot,
  event: ActionEvent,
  context: TransitionContext,
): EventOutcome {
  const channel = DELIVERY_CHANNEL_BY_ACTION_TYPE[snapshot.type];
  switch (event.type) {
    case "draft_generated":
      return {
        next: afterDraft(snapshot.state),
        history: {
          type: "draft_generated",
          draftId: event.draftId,
          provider: event.provider,
          model: event.model,
        },
        effects: [{ type: "set_current_draft", draftId: event.draftId }, { type: "clear_draft_failure" }],
      };
    case "draft_failed":
      return {
        next: afterDraft(snapshot.state),
        history: { type: "draft_failed", reason: event.reason },
        effects: [
          { type: "record_draft_failure", reason: event.reason, at: context.now },
          draftFailedNotification(event.reason),
        ],
      };
    case "regenerate":
      return {
        next: "review_pending",
        history: { type: "regeneration_requested", instructions: event.instructions },
        effects: [{ type: "request_draft", instructions: event.instructions }],
      };
    case "edit":
      // An edit by hand is also how the agent recovers from a failed draft.
      return {
        next: snapshot.state,
        history: { type: "edited", draftId: event.draftId, fields: event.fields },
        effects: [{ type: "set_current_draft", draftId: event.draftId }, { type: "clear_draft_failure" }],
      };
    case "execute":
      return {
        next: "executed",
        history: { type: "executed", idempotencyKey: event.idempotencyKey },
        effects: [{ type: "deliver", channel, idempotencyKey: event.idempotencyKey }],
      };
    case "deliver_succeeded": {
      const completes = completesOnDelivery(snapshot.type);
      return {
        next: completes ? "completed" : "executed",
        history: { type: "delivery_succeeded", channel, reference: event.reference },
        effects: completes ? [deliveredAndCompletedNotification()] : [],
      };
    }
    case "deliver_failed":
      return {
        next: "executed",
        history: { type: "delivery_failed", channel, reason: event.reason, final: event.final },
        effects: event.final ? [deliveryFailedNotification(event.reason)] : [],
      };
    case "customer_responded": {
      // The response itself is the history entry; its toState says whether it completed the action.
      const completes = completesOnResponse(snapshot.type, event.response);
      return {
        next: completes ? "completed" : "executed",
        history: { type: "customer_responded", response: event.response },
        effects: [customerRespondedNotification(event.response, completes)],
      };
    }
    case "mark_complete":
      return {
        next: "completed",
        history: { type: "completed", note: event.note ? event.note : null, automatic: false },
        effects: [],
      };
    case "skip":
      return { next: "skipped", history: { type: "skipped", reason: event.reason }, effects: [] };
    case "reschedule":
      return {
        next: snapshot.state,
        history: { type: "rescheduled", from: snapshot.dueAt, to: event.to },
        effects: [{ type: "set_due", from: snapshot.dueAt, to: event.to }],
      };
  }
}
