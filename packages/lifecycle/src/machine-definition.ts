/**
 * The action lifecycle of SPEC §B as a table: every legal (state, event) pair, where it may lead and who may
 * send it. `transition`, `allowedEvents` and the generated diagram all read this one table, so the buttons,
 * the rules and the docs cannot drift apart.
 */
import { ACTION_TYPES, type ActionState, type ActionType, type ActorKind } from "@trellis/domain";
import type { ActionEventType } from "./action-event.js";
import { receivesCustomerResponses } from "./customer-response-kinds.js";

export interface ActionTransitionRule {
  readonly from: ActionState;
  readonly event: ActionEventType;
  /** Every state the event may lead to from `from`; which one depends on the action type and payload. */
  readonly to: readonly ActionState[];
  readonly actor: ActorKind;
  /** The condition for leaving `from`, in words, for docs: "if confirmed and the draft is complete". */
  readonly when?: string;
  /** Restricts the rule to some action types; `reason` says why the others are refused. */
  readonly onlyFor?: { readonly types: readonly ActionType[]; readonly reason: string };
}

export const INITIAL_ACTION_STATE: ActionState = "pending";

/** Nothing leaves these states. */
export const TERMINAL_ACTION_STATES: readonly ActionState[] = ["completed", "skipped"];

/** The one kind of actor allowed to send each event: agents decide, the platform reports, contacts answer. */
export const EVENT_ACTOR: Readonly<Record<ActionEventType, ActorKind>> = {
  draft_generated: "system",
  draft_failed: "system",
  regenerate: "agent",
  edit: "agent",
  execute: "agent",
  deliver_succeeded: "system",
  deliver_failed: "system",
  customer_responded: "contact",
  mark_complete: "agent",
  skip: "agent",
  reschedule: "agent",
};

function rule(
  from: ActionState,
  event: ActionEventType,
  to: readonly ActionState[],
  extra: Pick<ActionTransitionRule, "when" | "onlyFor"> = {},
): ActionTransitionRule {
  return { from, event, to, actor: EVENT_ACTOR[event], ...extra };
}

const EXECUTE_WHEN = "if confirmed and the draft is complete";

/**
 * Every legal transition. A (state, event) pair that is not listed is refused.
 *
 * @example
 * ACTION_TRANSITIONS.filter((t) => t.from === "ready").map((t) => t.event);
 * // ["draft_generated", "draft_failed", "regenerate", "edit", "execute", "skip", "reschedule"]
 */
export const ACTION_TRANSITIONS: readonly ActionTransitionRule[] = [
  // The trigger fired: the draft (or its failure, shown to the agent) makes the action ready for review.
  rule("pending", "draft_generated", ["ready"]),
  rule("pending", "draft_failed", ["ready"]),
  rule("pending", "edit", ["pending"]),
  rule("pending", "skip", ["skipped"]),
  rule("pending", "reschedule", ["pending"]),

  rule("ready", "draft_generated", ["ready"]),
  rule("ready", "draft_failed", ["ready"]),
  rule("ready", "regenerate", ["review_pending"]),
  rule("ready", "edit", ["ready"]),
  rule("ready", "execute", ["executed"], { when: EXECUTE_WHEN }),
  rule("ready", "skip", ["skipped"]),
  rule("ready", "reschedule", ["ready"]),

  // A regenerated draft awaits the agent's review; it arrives (or fails) without leaving this state.
  rule("review_pending", "draft_generated", ["review_pending"]),
  rule("review_pending", "draft_failed", ["review_pending"]),
  rule("review_pending", "regenerate", ["review_pending"]),
  rule("review_pending", "edit", ["review_pending"]),
  rule("review_pending", "execute", ["executed"], { when: EXECUTE_WHEN }),
  rule("review_pending", "skip", ["skipped"]),
  rule("review_pending", "reschedule", ["review_pending"]),

  // Execution is irreversible: from here the action only waits for its delivery and its completion.
  rule("executed", "deliver_succeeded", ["executed", "completed"], { when: "if a slack action" }),
  rule("executed", "deliver_failed", ["executed"]),
  rule("executed", "customer_responded", ["executed", "completed"], {
    when: "if the form is submitted or all required documents are in",
    onlyFor: {
      types: ACTION_TYPES.filter(receivesCustomerResponses),
      reason: "never reach the customer, so they take no response",
    },
  }),
  rule("executed", "mark_complete", ["completed"]),
];

/**
 * The rule for an event in a state, for an action type, if the event is legal there.
 *
 * @example
 * findTransitionRule("ready", "execute", "email")?.to; // ["executed"]
 * findTransitionRule("completed", "execute", "email"); // undefined
 */
export function findTransitionRule(
  state: ActionState,
  event: ActionEventType,
  type: ActionType,
): ActionTransitionRule | undefined {
  return ACTION_TRANSITIONS.find(
    (candidate) =>
      candidate.from === state &&
      candidate.event === event &&
      (candidate.onlyFor === undefined || candidate.onlyFor.types.includes(type)),
  );
}

/**
 * Why an event that is legal in a state is still refused for an action type, if that is the case
 * ("manual actions never reach the customer, …"); `undefined` otherwise.
 */
export function typeExclusionReason(
  state: ActionState,
  event: ActionEventType,
  type: ActionType,
): string | undefined {
  const restricted = ACTION_TRANSITIONS.find(
    (candidate) =>
      candidate.from === state &&
      candidate.event === event &&
      candidate.onlyFor !== undefined &&
      !candidate.onlyFor.types.includes(type),
  );
  return restricted?.onlyFor ? `${type} actions ${restricted.onlyFor.reason}` : undefined;
}

/** Whether a state is final. */
export function isTerminalActionState(state: ActionState): boolean {
  return TERMINAL_ACTION_STATES.includes(state);
}
