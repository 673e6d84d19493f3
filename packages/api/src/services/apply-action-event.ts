/**
 * The one way an action changes state. Inside the caller's tenant transaction it locks the action row, asks the
 * lifecycle machine whether the event is legal, and writes the new state together with every effect the machine
 * returned (history entry, outbox delivery, notification, draft job), so either all of it happens or none does.
 * `applyActionEvents` does the same for many actions at once, with a few statements for all of them.
 */
import { type ActionRow, getActionForUpdate, getActionsForUpdate, type TenantScope } from "@trellis/db";
import type { ActionId, Actor } from "@trellis/domain";
import type { ActionEvent, ActionEventOf } from "@trellis/lifecycle";
import type { AppDeps } from "../deps.js";
import { notFound } from "../domain-failure.js";
import { loadActionContext } from "./action-context.js";
import { planActionEvent } from "./action-event-plan.js";
import { draftReadiness } from "./draft-readiness.js";
import { type AppliedEvent, writeActionEventPlans } from "./write-action-event-plans.js";

export { type DeliveryPayload, GENERATE_DRAFT_JOB } from "./action-event-plan.js";
export type { AppliedEvent } from "./write-action-event-plans.js";

type EventDeps = Pick<AppDeps, "clock" | "mail">;

/** Applies one event to one action (see the module comment); a replayed execute changes nothing. */
export async function applyActionEvent(
  deps: EventDeps,
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
  // The account, contacts, owner and draft are read only to execute (lint and render the draft, address it).
  const context = event.type === "execute" ? await loadActionContext(scope, row) : null;
  const readiness = context ? draftReadiness(context, { dueAt: row.due_at?.toISOString() ?? null }) : null;
  const recipient = context?.contacts[0] ?? null;
  const plan = planActionEvent(row, event, { actor, now, mail: deps.mail, readiness, recipient });
  const [applied] = await writeActionEventPlans(scope, [plan], now);
  if (!applied) throw notFound("The action");
  return applied;
}

/** One event for one action in a bulk application; not execute, which reads each action's draft. */
export interface ActionEventRequest {
  readonly actionId: ActionId;
  readonly event: Exclude<ActionEvent, ActionEventOf<"execute">>;
}

/**
 * Applies one event to each of several actions in the caller's tenant transaction: locks them all in one
 * statement (in id order, so concurrent bulk applications cannot deadlock), plans each with the lifecycle
 * machine, and writes every effect in bulk. Actions `applies` rejects are left alone (and not in the result).
 * Throws, writing nothing, when an action is missing, named twice, or refuses its event.
 */
export async function applyActionEvents(
  deps: EventDeps,
  scope: TenantScope,
  requests: readonly ActionEventRequest[],
  actor: Actor,
  applies: (action: ActionRow) => boolean = () => true,
): Promise<AppliedEvent[]> {
  const ids = requests.map((request) => request.actionId);
  if (new Set(ids).size !== ids.length) throw new Error("applyActionEvents takes one event per action");
  const rows = new Map((await getActionsForUpdate(scope, ids)).map((row) => [row.id, row]));
  const now = deps.clock.now();
  const plans = requests.flatMap(({ actionId, event }) => {
    const row = rows.get(actionId);
    if (!row) throw notFound("The action");
    return applies(row)
      ? [planActionEvent(row, event, { actor, now, mail: deps.mail, readiness: null, recipient: null })]
      : [];
  });
  return writeActionEventPlans(scope, plans, now);
}
