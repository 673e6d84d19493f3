/**
 * The events an actor may send right now: exactly the buttons the workspace shows. Read from the same table as
 * `transition`, so a listed event is accepted (given a valid payload and a complete draft) and an unlisted one
 * is refused.
 */
import type { ActionState, ActionType, ActorKind } from "@trellis/domain";
import { ACTION_EVENT_TYPES, type ActionEventType } from "./action-event.js";
import { EVENT_ACTOR, findTransitionRule } from "./machine-definition.js";

/**
 * The event types `actorKind` may send to an action of `actionType` in `state`, in lifecycle order.
 * Execute is listed whenever the state allows it; whether the draft is ready is `draftBlocker`'s answer.
 *
 * @example
 * allowedEvents("ready", "agent", "email"); // ["regenerate", "edit", "execute", "skip", "reschedule"]
 * allowedEvents("executed", "contact", "form"); // ["customer_responded"]
 * allowedEvents("completed", "agent", "email"); // []
 */
export function allowedEvents(
  state: ActionState,
  actorKind: ActorKind,
  actionType: ActionType,
): ActionEventType[] {
  return ACTION_EVENT_TYPES.filter(
    (event) => EVENT_ACTOR[event] === actorKind && findTransitionRule(state, event, actionType) !== undefined,
  );
}
