import type { BatchIntent } from "./batch-command";

/** Actions a command is about to apply to: their ids for the API, their names for people. */
export interface NamedAction {
  readonly id: string;
  readonly name: string;
}

/**
 * A command the agent is confirming in a dialog: from the batch buttons (the selection) or a row's quick action
 * (one action). An execute carries the idempotency key of this dialog opening, so a retried submit is not a
 * second execution.
 */
export interface BatchRequest {
  readonly intent: BatchIntent;
  readonly actions: readonly NamedAction[];
  /** A row's quick action rather than the batch buttons: the dialog is named for one action. */
  readonly single: boolean;
  readonly idempotencyKey: string;
}

const VERBS: Record<BatchIntent, string> = { execute: "Execute", skip: "Skip", reschedule: "Reschedule" };

/** The dialog's title, which is also its accessible name: "Execute action" or "Execute 3 actions". */
export function batchRequestTitle(request: Pick<BatchRequest, "intent" | "actions" | "single">): string {
  const verb = VERBS[request.intent];
  if (request.single) return `${verb} action`;
  const count = request.actions.length;
  return `${verb} ${count} ${count === 1 ? "action" : "actions"}`;
}

/** The confirm button's label, as the contract names it ("Execute", "Skip", "Reschedule"). */
export function batchConfirmLabel(intent: BatchIntent): string {
  return VERBS[intent];
}

/** A fresh random idempotency key (getRandomValues works on plain-HTTP origins too, unlike randomUUID). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `wsq-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
