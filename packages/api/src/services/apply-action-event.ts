/**
 * The one way an action changes state. Inside the caller's tenant transaction it locks the action row, asks the
 * lifecycle machine whether the event is legal, and writes the new state together with every effect the machine
 * returned (history entry, outbox delivery, notification, draft job), so either all of it happens or none does.
 */
import {
  type ActionRow,
  type ActionUpdate,
  appendHistory,
  enqueueDelivery,
  enqueueJob,
  getActionForUpdate,
  insertNotification,
  type TenantScope,
} from "@trellis/db";
import type { ActionContent, ActionId, Actor, DeliveryChannel } from "@trellis/domain";
import { sanitizeEmailHtml } from "@trellis/drafting";
import { type ActionEffect, type ActionEvent, transition } from "@trellis/lifecycle";
import type { AppDeps } from "../deps.js";
import { DomainFailure, notFound } from "../domain-failure.js";
import { type ActionContext, loadActionContext } from "./action-context.js";
import { draftReadiness } from "./draft-readiness.js";
import { completeMilestoneIfDone, fireDependentActions } from "./event-triggers.js";

export const GENERATE_DRAFT_JOB = "generate_draft";

export interface AppliedEvent {
  readonly action: ActionRow;
  readonly effects: readonly ActionEffect[];
  /** The event repeated an execution already done with the same idempotency key; nothing changed. */
  readonly replayed: boolean;
}

export async function applyActionEvent(
  deps: Pick<AppDeps, "clock" | "mail">,
  scope: TenantScope,
  actionId: ActionId,
  event: ActionEvent,
  actor: Actor,
): Promise<AppliedEvent> {
  const row = await getActionForUpdate(scope, actionId);
  if (!row) throw notFound("The action");

  // A retried Execute (double click, network retry) with the same key is answered with the execution it made.
  if (event.type === "execute" && row.execute_idempotency_key === event.idempotencyKey) {
    return { action: row, effects: [], replayed: true };
  }

  const now = deps.clock.now();
  // The account, contacts, owner and draft are read only when the event needs them (execute, notifications).
  let context: Promise<ActionContext> | undefined;
  const actionContext = () => {
    context ??= loadActionContext(scope, row);
    return context;
  };
  const readiness =
    event.type === "execute"
      ? draftReadiness(await actionContext(), { dueAt: row.due_at?.toISOString() ?? null })
      : null;
  const result = transition(
    { state: row.state, type: row.type, dueAt: row.due_at?.toISOString() ?? null },
    event,
    {
      actor,
      now: now.toISOString(),
      hasDraft: row.current_draft_id !== null,
      draftProblems: readiness?.problems ?? [],
    },
  );
  if (!result.ok) throw new DomainFailure(result.error);

  const change: ActionUpdate = { state: result.next };
  for (const effect of result.effects) {
    await writeEffect(deps, scope, row, actionContext, effect, change, readiness?.rendered ?? null, now);
  }
  if (row.state === "pending" && result.next !== "pending") change.ready_at = now;
  if (result.next === "executed" && row.state !== "executed" && event.type === "execute") {
    change.executed_at = now;
    change.execute_idempotency_key = event.idempotencyKey;
  }
  if (result.next === "completed" && row.state !== "completed") change.completed_at = now;
  if (event.type === "skip") change.skip_reason = event.reason;

  const updated = await scope.db
    .updateTable("actions")
    .set((eb) => ({ ...change, updated_at: now, version: eb("version", "+", 1) }))
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", actionId)
    .returningAll()
    .executeTakeFirstOrThrow();

  if (event.type === "customer_responded" && event.response.kind === "form_submitted") {
    await fireDependentActions(scope, updated, "form_submitted", now);
  }
  if (result.next === "completed" && row.state !== "completed") {
    await fireDependentActions(scope, updated, "action_completed", now);
  }
  if (result.next === "completed" || result.next === "skipped")
    await completeMilestoneIfDone(scope, updated, now);
  return { action: updated, effects: result.effects, replayed: false };
}

async function writeEffect(
  deps: Pick<AppDeps, "mail">,
  scope: TenantScope,
  row: ActionRow,
  actionContext: () => Promise<ActionContext>,
  effect: ActionEffect,
  change: ActionUpdate,
  rendered: ActionContent | null,
  now: Date,
): Promise<void> {
  switch (effect.type) {
    case "history":
      await appendHistory(scope, { actionId: row.id, ...effect });
      return;
    case "deliver":
      await enqueueDelivery(scope, {
        actionId: row.id,
        channel: effect.channel,
        idempotencyKey: `${row.id}:${effect.idempotencyKey}`,
        payload: deliveryPayload(effect.channel, rendered, deps.mail.from),
        messageIdDomain: deps.mail.messageIdDomain,
        at: now,
      });
      return;
    case "notify": {
      const context = await actionContext();
      if (!context.owner) return;
      await insertNotification(scope, {
        recipientAgentId: context.owner.id,
        kind: effect.kind,
        accountId: row.account_id,
        actionId: row.id,
        title: `${effect.title}: ${row.name}`,
        body: context.account.name,
        at: now,
      });
      return;
    }
    case "request_draft":
      await enqueueJob(scope, {
        kind: GENERATE_DRAFT_JOB,
        payload: { actionId: row.id, instructions: effect.instructions },
        dedupeKey: `draft:${row.id}`,
        runAt: now,
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
    }
  | { readonly kind: "slack"; readonly channel: string; readonly message: string }
  | { readonly kind: "portal"; readonly content: ActionContent }
  | { readonly kind: "none" };

function deliveryPayload(
  channel: DeliveryChannel,
  rendered: ActionContent | null,
  from: string,
): DeliveryPayload {
  if (channel === "none" || !rendered) return { kind: "none" };
  if (rendered.type === "email") {
    const { to, cc, bcc, subject, bodyHtml } = rendered;
    // Sanitized again after rendering: a variable's value (a custom field, say) cannot smuggle in a script or a
    // `javascript:` link.
    return { kind: "email", from, to, cc, bcc, subject, html: sanitizeEmailHtml(bodyHtml) };
  }
  if (rendered.type === "slack")
    return { kind: "slack", channel: rendered.channel, message: rendered.message };
  return { kind: "portal", content: rendered };
}
