/**
 * The writing half of applying events: writes the plans of one or many events in the caller's tenant
 * transaction with few statements (one insert for every history entry, one for every notification, one update
 * per distinct change), then runs the completion side effects (dependent actions, milestones) per action.
 */
import {
  type ActionRow,
  appendHistoryEntries,
  enqueueDelivery,
  enqueueJob,
  insertNotifications,
  listAccountOwners,
  type NewNotification,
  type TenantScope,
  updateActions,
} from "@trellis/db";
import type { ActionId } from "@trellis/domain";
import type { ActionEffect } from "@trellis/lifecycle";
import type { ActionEventPlan, PlannedNotification } from "./action-event-plan.js";
import { completeMilestoneIfDone, fireDependentActions } from "./event-triggers.js";

export interface AppliedEvent {
  readonly action: ActionRow;
  readonly effects: readonly ActionEffect[];
  /** The event repeated an execution already done with the same idempotency key; nothing changed. */
  readonly replayed: boolean;
}

/**
 * Writes the plans, each for a different action whose row the caller holds locked; returns what each applied,
 * in plan order.
 */
export async function writeActionEventPlans(
  scope: TenantScope,
  plans: readonly ActionEventPlan[],
  now: Date,
): Promise<AppliedEvent[]> {
  await appendHistoryEntries(
    scope,
    plans.flatMap((plan) => plan.history),
  );
  for (const plan of plans) {
    for (const delivery of plan.deliveries) await enqueueDelivery(scope, delivery);
    for (const job of plan.jobs) await enqueueJob(scope, job);
  }
  await insertNotifications(
    scope,
    await addressToOwners(
      scope,
      plans.flatMap((plan) => plan.notifications),
    ),
  );

  const updated = new Map<string, ActionRow>();
  for (const { change, ids } of groupByChange(plans)) {
    for (const row of await updateActions(scope, ids, change, now)) updated.set(row.id, row);
  }
  const written = plans.map((plan) => {
    const row = updated.get(plan.before.id);
    if (!row) throw new Error(`action ${plan.before.id} was not updated`);
    return { plan, row };
  });
  for (const { plan, row } of written) {
    if (plan.event.type === "customer_responded" && plan.event.response.kind === "form_submitted") {
      await fireDependentActions(scope, row, "form_submitted", now);
    }
    if (plan.next === "completed" && plan.before.state !== "completed") {
      await fireDependentActions(scope, row, "action_completed", now);
    }
    if (plan.next === "completed" || plan.next === "skipped") await completeMilestoneIfDone(scope, row, now);
  }
  return written.map(({ plan, row }) => ({ action: row, effects: plan.effects, replayed: false }));
}

interface ChangeGroup {
  readonly change: ActionEventPlan["change"];
  readonly ids: ActionId[];
}

/** Actions with the same change are updated by one statement (usually all of a bulk application). */
function groupByChange(plans: readonly ActionEventPlan[]): ChangeGroup[] {
  const byKey = new Map<string, ChangeGroup>();
  for (const plan of plans) {
    const key = JSON.stringify(plan.change);
    const group = byKey.get(key) ?? { change: plan.change, ids: [] };
    group.ids.push(plan.before.id as ActionId);
    byKey.set(key, group);
  }
  return [...byKey.values()];
}

/** Sends each notification to its account's owner (with the account's name as body); none without an owner. */
async function addressToOwners(
  scope: TenantScope,
  notifications: readonly PlannedNotification[],
): Promise<NewNotification[]> {
  if (notifications.length === 0) return [];
  const accounts = new Map(
    (await listAccountOwners(scope, [...new Set(notifications.map((n) => n.accountId))])).map((account) => [
      account.id,
      account,
    ]),
  );
  return notifications.flatMap((notification) => {
    const account = accounts.get(notification.accountId);
    if (!account?.owner_agent_id) return [];
    return [{ ...notification, recipientAgentId: account.owner_agent_id, body: account.name }];
  });
}
