/**
 * The pure half of applying an event to an action: given the locked row, ask the lifecycle machine whether the
 * event is legal and turn its result into what must be written (the action's change and the rows to insert).
 * Both the single and the bulk application plan this way; `writeActionEventPlans` writes the plans.
 */
import type {
  ActionRow,
  ActionUpdate,
  NewDelivery,
  NewHistoryEntry,
  NewJob,
  NewNotification,
} from "@trellis/db";
import type { ActionContent, ActionState, Actor, Contact, DeliveryChannel } from "@trellis/domain";
import { sanitizeEmailHtml } from "@trellis/drafting";
import { type ActionEffect, type ActionEvent, transition } from "@trellis/lifecycle";
import type { AppDeps } from "../deps.js";
import { DomainFailure } from "../domain-failure.js";
import type { DraftReadiness } from "./draft-readiness.js";

export const GENERATE_DRAFT_JOB = "generate_draft";

/** A notification to the account's owner; who that is and the account's name are looked up when writing. */
export type PlannedNotification = Omit<NewNotification, "recipientAgentId" | "body">;

export interface ActionEventPlan {
  /** The action as it was locked, before the event. */
  readonly before: ActionRow;
  readonly event: ActionEvent;
  readonly next: ActionState;
  readonly effects: readonly ActionEffect[];
  /** What the action's row becomes (its version and updated_at are bumped when writing). */
  readonly change: ActionUpdate;
  readonly history: NewHistoryEntry[];
  readonly deliveries: NewDelivery[];
  readonly jobs: NewJob[];
  readonly notifications: PlannedNotification[];
}

export interface PlanInputs {
  readonly actor: Actor;
  readonly now: Date;
  readonly mail: AppDeps["mail"];
  /** Execute only: the draft's problems and the content as it would be delivered. */
  readonly readiness: DraftReadiness | null;
  /** Execute only: the contact a portal request is for (the account's primary contact), if it has one. */
  readonly recipient: Contact | null;
}

/** Plans one event on one locked action; throws a `DomainFailure` when the lifecycle refuses it. */
export function planActionEvent(row: ActionRow, event: ActionEvent, inputs: PlanInputs): ActionEventPlan {
  const { now } = inputs;
  const result = transition(
    { state: row.state, type: row.type, dueAt: row.due_at?.toISOString() ?? null },
    event,
    {
      actor: inputs.actor,
      now: now.toISOString(),
      hasDraft: row.current_draft_id !== null,
      draftProblems: inputs.readiness?.problems ?? [],
    },
  );
  if (!result.ok) throw new DomainFailure(result.error);

  const plan: ActionEventPlan = {
    before: row,
    event,
    next: result.next,
    effects: result.effects,
    change: { state: result.next },
    history: [],
    deliveries: [],
    jobs: [],
    notifications: [],
  };
  for (const effect of result.effects) planEffect(plan, effect, inputs);
  const { change } = plan;
  if (row.state === "pending" && result.next !== "pending") change.ready_at = now;
  if (result.next === "executed" && row.state !== "executed" && event.type === "execute") {
    change.executed_at = now;
    change.execute_idempotency_key = event.idempotencyKey;
  }
  if (result.next === "completed" && row.state !== "completed") change.completed_at = now;
  if (event.type === "skip") change.skip_reason = event.reason;
  return plan;
}

function planEffect(plan: ActionEventPlan, effect: ActionEffect, inputs: PlanInputs): void {
  const { before: row, change } = plan;
  switch (effect.type) {
    case "history":
      plan.history.push({ actionId: row.id, ...effect });
      return;
    case "deliver":
      plan.deliveries.push({
        actionId: row.id,
        channel: effect.channel,
        idempotencyKey: `${row.id}:${effect.idempotencyKey}`,
        payload: deliveryPayload(effect.channel, inputs.readiness?.rendered ?? null, inputs),
        messageIdDomain: inputs.mail.messageIdDomain,
        at: inputs.now,
      });
      return;
    case "notify":
      plan.notifications.push({
        kind: effect.kind,
        accountId: row.account_id,
        actionId: row.id,
        title: `${effect.title}: ${row.name}`,
        at: inputs.now,
      });
      return;
    case "request_draft":
      plan.jobs.push({
        kind: GENERATE_DRAFT_JOB,
        payload: { actionId: row.id, instructions: effect.instructions },
        dedupeKey: `draft:${row.id}`,
        runAt: inputs.now,
      });
      return;
    case "set_due":
      change.due_at = effect.to;
      return;
    case "set_current_draft":
      change.current_draft_id = effect.draftId;
      return;
    case "record_draft_failure":
      change.draft_failure_reason = effect.reason;
      change.draft_failure_at = effect.at;
      return;
    case "clear_draft_failure":
      change.draft_failure_reason = null;
      change.draft_failure_at = null;
      return;
  }
}

/** What the worker sends, frozen at execution: later edits to drafts or contacts do not change a delivery. */
export type DeliveryPayload =
  | {
      readonly kind: "email";
      readonly from: string;
      readonly to: string[];
      readonly cc: string[];
      readonly bcc: string[];
      readonly subject: string;
      readonly html: string;
      /** The text part when it says more than the HTML's text (links spelled out); else derived from the HTML. */
      readonly text?: string;
    }
  | { readonly kind: "slack"; readonly channel: string; readonly message: string }
  | {
      readonly kind: "portal";
      readonly content: ActionContent;
      /** The request is announced by email (with a sign-in link) from this sender to this contact. */
      readonly from: string;
      readonly recipient: PortalRecipient | null;
    }
  | {
      /** A sign-in link a contact asked for: the link is created when the mail is sent, so no token is stored. */
      readonly kind: "portal_sign_in";
      readonly from: string;
      readonly recipient: PortalRecipient;
      readonly organizationName: string;
      /** The portal path to land on after signing in. */
      readonly returnTo: string | null;
    }
  | { readonly kind: "none" };

/** Who a portal request's email goes to, frozen at execution. */
export interface PortalRecipient {
  readonly contactId: string;
  readonly email: string;
  readonly firstName: string;
}

function deliveryPayload(
  channel: DeliveryChannel,
  rendered: ActionContent | null,
  inputs: PlanInputs,
): DeliveryPayload {
  const from = inputs.mail.from;
  if (channel === "none" || !rendered) return { kind: "none" };
  if (rendered.type === "email") {
    const { to, cc, bcc, subject, bodyHtml } = rendered;
    // Sanitized again after rendering: a variable's value (a custom field, say) cannot smuggle in a script or a
    // `javascript:` link.
    return { kind: "email", from, to, cc, bcc, subject, html: sanitizeEmailHtml(bodyHtml) };
  }
  if (rendered.type === "slack")
    return { kind: "slack", channel: rendered.channel, message: rendered.message };
  const contact = inputs.recipient;
  return {
    kind: "portal",
    content: rendered,
    from,
    recipient: contact ? { contactId: contact.id, email: contact.email, firstName: contact.firstName } : null,
  };
}
