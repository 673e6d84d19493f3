/**
 * Why a transition was refused, as values: each carries a domain error code the API maps to a transport error,
 * and a message an agent can read as it is.
 */
import type { ActionState, ActionType, ActorKind, DomainError, DraftProblem } from "@trellis/domain";
import type { ActionEventType } from "./action-event.js";

/** The event is not legal in the action's state (or for its type). */
export interface InvalidTransitionError extends DomainError<"INVALID_TRANSITION"> {
  readonly state: ActionState;
  readonly event: ActionEventType;
  readonly actionType: ActionType;
}

/** The event was sent by a kind of actor that may not send it (a contact cannot execute). */
export interface ForbiddenEventError extends DomainError<"FORBIDDEN"> {
  readonly event: ActionEventType;
  readonly actorKind: ActorKind;
  readonly allowedActorKind: ActorKind;
}

export type ConfirmationRequiredError = DomainError<"CONFIRMATION_REQUIRED">;
export type DraftMissingError = DomainError<"DRAFT_MISSING">;

/** The current draft has blocking problems; every one of them is listed. */
export interface DraftIncompleteError extends DomainError<"DRAFT_INCOMPLETE"> {
  readonly problems: readonly DraftProblem[];
}

/** The event's payload is malformed, or does not fit the action (a form answered by a document upload). */
export interface EventValidationError extends DomainError<"VALIDATION_FAILED"> {
  readonly event: string;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

export type TransitionError =
  | InvalidTransitionError
  | ForbiddenEventError
  | ConfirmationRequiredError
  | DraftMissingError
  | DraftIncompleteError
  | EventValidationError;

// Phrases fit "Cannot <phrase> an action …" so every refusal reads as one sentence.
const EVENT_PHRASES: Record<ActionEventType, string> = {
  draft_generated: "attach a generated draft to",
  draft_failed: "record a failed draft on",
  regenerate: "regenerate",
  edit: "edit",
  execute: "execute",
  deliver_succeeded: "record a successful delivery of",
  deliver_failed: "record a failed delivery of",
  customer_responded: "record a customer response to",
  mark_complete: "mark as complete",
  skip: "skip",
  reschedule: "reschedule",
};

const STATE_WORDS: Record<ActionState, string> = {
  pending: "pending",
  ready: "ready",
  review_pending: "pending review",
  executed: "executed",
  completed: "completed",
  skipped: "skipped",
};

const ACTOR_WORDS: Record<ActorKind, string> = {
  agent: "an agent",
  contact: "a contact",
  system: "the system",
};

export function invalidTransitionError(
  state: ActionState,
  event: ActionEventType,
  actionType: ActionType,
  reason?: string,
): InvalidTransitionError {
  const sentence = `Cannot ${EVENT_PHRASES[event]} an action that is ${STATE_WORDS[state]}`;
  return {
    code: "INVALID_TRANSITION",
    state,
    event,
    actionType,
    message: reason ? `${sentence}: ${reason}` : sentence,
  };
}

export function forbiddenEventError(
  event: ActionEventType,
  actorKind: ActorKind,
  allowedActorKind: ActorKind,
): ForbiddenEventError {
  const who = ACTOR_WORDS[actorKind];
  return {
    code: "FORBIDDEN",
    event,
    actorKind,
    allowedActorKind,
    message: `${who.charAt(0).toUpperCase()}${who.slice(1)} cannot ${EVENT_PHRASES[event]} an action; only ${ACTOR_WORDS[allowedActorKind]} can`,
  };
}

export function confirmationRequiredError(): ConfirmationRequiredError {
  return {
    code: "CONFIRMATION_REQUIRED",
    message: "Executing an action cannot be undone: confirm the execution first",
  };
}

export function draftMissingError(): DraftMissingError {
  return {
    code: "DRAFT_MISSING",
    message: "Cannot execute an action without a draft: regenerate it or write it by hand",
  };
}

export function draftIncompleteError(problems: readonly DraftProblem[]): DraftIncompleteError {
  const list = problems.map((problem) => `${problem.message} (at ${problem.path})`).join("; ");
  const count = problems.length === 1 ? "1 blocking problem" : `${problems.length} blocking problems`;
  return {
    code: "DRAFT_INCOMPLETE",
    problems,
    message: `Cannot execute: the draft has ${count}: ${list}`,
  };
}

export function eventValidationError(
  event: string,
  issues: readonly { readonly path: string; readonly message: string }[],
): EventValidationError {
  const list = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return {
    code: "VALIDATION_FAILED",
    event,
    issues,
    message: `Invalid ${event} event: ${list.join("; ")}`,
  };
}
