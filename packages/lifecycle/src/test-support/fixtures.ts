/** Shared test data: actors, contexts and one valid event of each type. Test-only; not exported by the package. */
import {
  type ActionState,
  type ActionType,
  type Actor,
  type ActorKind,
  type CustomerResponse,
  type DraftProblem,
  type HistoryEntry,
  historyEntrySchema,
  newId,
} from "@trellis/domain";
import type { ActionEffect } from "../action-effect.js";
import type { ActionEvent, ActionEventType } from "../action-event.js";
import type { ActionSnapshot } from "../action-snapshot.js";
import type { TransitionContext } from "../transition-context.js";

const filled = (value: number) => (bytes: Uint8Array) => bytes.fill(value);

export const NOW = "2026-02-02T10:00:00.000Z";
export const DUE_AT = "2026-02-05T09:00:00.000Z";
export const NEW_DUE_AT = "2026-02-09T09:00:00.000Z";
export const DRAFT_ID = newId("draft", { now: 1_770_000_000_000, random: filled(3) });

export const AGENT: Actor = {
  kind: "agent",
  agentId: newId("agent", { now: 1_700_000_000_000, random: filled(1) }),
  name: "Ana Agent",
};
export const CONTACT: Actor = {
  kind: "contact",
  contactId: newId("contact", { now: 1_700_000_000_000, random: filled(2) }),
  name: "Carl Contact",
};
export const SYSTEM: Actor = { kind: "system", component: "worker" };
export const ACTOR_BY_KIND: Record<ActorKind, Actor> = { agent: AGENT, contact: CONTACT, system: SYSTEM };

export const BLOCKING_PROBLEM: DraftProblem = {
  code: "placeholder",
  severity: "error",
  path: "bodyHtml",
  message: "placeholder text [Customer Name]",
  match: "[Customer Name]",
};
export const SECOND_BLOCKING_PROBLEM: DraftProblem = {
  code: "unresolved_variable",
  severity: "error",
  path: "subject",
  message: "unresolved variable {{account.tier}}",
  match: "{{account.tier}}",
};
export const WARNING_PROBLEM: DraftProblem = {
  code: "recipient_outside_domains",
  severity: "warning",
  path: "to[0]",
  message: "recipient outside the account's domains",
  match: "someone@elsewhere.test",
};

export function snapshot(state: ActionState, type: ActionType = "email", dueAt: string | null = DUE_AT) {
  return { state, type, dueAt } satisfies ActionSnapshot;
}

/** A context in which every guard passes: a current draft with nothing blocking. */
export function context(actor: Actor, overrides: Partial<TransitionContext> = {}): TransitionContext {
  return { actor, now: NOW, hasDraft: true, draftProblems: [], ...overrides };
}

/** The response that completes an action of this type if any does, else the one it most plausibly gets. */
export function typicalResponse(type: ActionType): CustomerResponse {
  switch (type) {
    case "form":
      return { kind: "form_submitted" };
    case "document":
      return { kind: "document_uploaded", documentKey: "security_review", allRequiredReceived: true };
    case "meeting":
      return { kind: "meeting_booked", startsAt: "2026-02-10T15:00:00.000Z" };
    default:
      return { kind: "replied" };
  }
}

/** One valid event of each type, shaped for the action type (customer responses differ per type). */
export function sampleEvent(type: ActionEventType, actionType: ActionType = "email"): ActionEvent {
  switch (type) {
    case "draft_generated":
      return { type, draftId: DRAFT_ID, provider: "offline", model: null };
    case "draft_failed":
      return { type, reason: "provider timed out" };
    case "regenerate":
      return { type, instructions: "Make it more casual" };
    case "edit":
      return { type, draftId: DRAFT_ID, fields: ["subject", "bodyHtml"] };
    case "execute":
      return { type, confirmed: true, idempotencyKey: "act-1:execute" };
    case "deliver_succeeded":
      return { type, reference: "<message-1@trellis.test>" };
    case "deliver_failed":
      return { type, reason: "SMTP 550 mailbox unavailable", final: true };
    case "customer_responded":
      return { type, response: typicalResponse(actionType) };
    case "mark_complete":
      return { type, note: "Customer confirmed on the call" };
    case "skip":
      return { type, reason: "Customer already has SSO" };
    case "reschedule":
      return { type, to: NEW_DUE_AT };
  }
}

/** The history entry the service would write for a history effect, checked against the domain schema. */
export function historyEntryOf(effect: ActionEffect): HistoryEntry {
  if (effect.type !== "history") throw new Error(`expected a history effect, got ${effect.type}`);
  const { type: _type, ...entry } = effect;
  return historyEntrySchema.parse({
    ...entry,
    id: newId("historyEntry"),
    organizationId: newId("organization"),
    actionId: newId("action"),
  });
}
