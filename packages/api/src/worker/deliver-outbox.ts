/**
 * Loop 3, delivery: claims due outbox rows in a batch (SKIP LOCKED, with a lease), sends each through its channel's
 * sender outside any transaction, then settles it in one transaction with the lifecycle event: sent +
 * `deliver_succeeded` (a Slack action completes there), or a retry with backoff + `deliver_failed`, or, after the
 * last attempt or a permanent failure, failed + a final `deliver_failed` (history and a notification to the owner).
 *
 * A worker that dies between sending and settling leaves the row `sending`; when its lease runs out the row is
 * claimed again with `outcome_unknown` set and re-sent with the same Message-ID, so receivers can deduplicate.
 */
import {
  claimOutbox,
  getActionForUpdate,
  markDeliverySent,
  type OutboxRow,
  recordDeliveryFailure,
  type TenantScope,
  withTenant,
} from "@trellis/db";
import type { ActionId, Actor, OrganizationId } from "@trellis/domain";
import type { ActionEventOf } from "@trellis/lifecycle";
import { applyActionEvent } from "../services/apply-action-event.js";
import { deliveryPayloadSchema } from "./delivery-payload.js";
import type { SendOutcome } from "./delivery-sender.js";
import { retryDelayMs } from "./retry-backoff.js";
import type { WorkerDeps } from "./worker-deps.js";
import type { WorkerOptions } from "./worker-options.js";

const WORKER: Actor = { kind: "system", component: "worker" };
const MAX_REASON_LENGTH = 2_000;

type DeliveryOptions = Pick<WorkerOptions, "id" | "batchSize" | "deliveryLeaseSeconds" | "deliveryBackoff">;

/** Claims and delivers up to one batch; returns how many rows it claimed. */
export async function deliverOutbox(deps: WorkerDeps, options: DeliveryOptions): Promise<number> {
  const claimed = await claimOutbox(deps.db, {
    workerId: options.id,
    batchSize: options.batchSize,
    leaseSeconds: options.deliveryLeaseSeconds,
    now: deps.clock.now(),
  });
  await Promise.all(claimed.map((row) => deliverOne(deps, options, row)));
  return claimed.length;
}

async function deliverOne(deps: WorkerDeps, options: DeliveryOptions, row: OutboxRow): Promise<void> {
  try {
    await deps.checkpoint?.("delivery_claimed", row.id);
    const outcome = await send(deps, row);
    if (outcome.ok) await deps.checkpoint?.("delivery_sent", row.id);
    await settle(deps, options, row, outcome);
    await deps.checkpoint?.("delivery_settled", row.id);
  } catch (error) {
    // Left claimed on purpose: when the lease runs out the row is retried as outcome unknown.
    deps.onError?.(error, `delivery ${row.id}`);
  }
}

async function send(deps: WorkerDeps, row: OutboxRow): Promise<SendOutcome> {
  const payload = deliveryPayloadSchema.safeParse(row.payload);
  if (!payload.success) return { ok: false, transient: false, reason: "The delivery's payload is invalid" };
  try {
    return await deps.senders[row.channel].send({
      id: row.id,
      organizationId: row.organization_id,
      actionId: row.action_id,
      channel: row.channel,
      messageId: row.message_id,
      payload: payload.data,
      attempt: row.attempts,
      outcomeUnknown: row.outcome_unknown,
    });
  } catch (error) {
    return { ok: false, transient: true, reason: error instanceof Error ? error.message : String(error) };
  }
}

async function settle(
  deps: WorkerDeps,
  options: DeliveryOptions,
  row: OutboxRow,
  outcome: SendOutcome,
): Promise<void> {
  await withTenant(deps.db, row.organization_id as OrganizationId, async (scope) => {
    const now = deps.clock.now();
    const actionId = row.action_id as ActionId;
    if (outcome.ok) {
      if (await markDeliverySent(scope, row.id, now)) {
        await applyWhileExecuted(deps, scope, actionId, {
          type: "deliver_succeeded",
          reference: outcome.reference,
        });
      }
      return;
    }
    const final = !outcome.transient || row.attempts >= row.max_attempts;
    const retryAt = final
      ? null
      : new Date(
          now.getTime() + retryDelayMs(row.attempts, options.deliveryBackoff, deps.random ?? Math.random),
        );
    const reason = outcome.reason.trim().slice(0, MAX_REASON_LENGTH) || "Delivery failed";
    const recorded = await recordDeliveryFailure(scope, {
      deliveryId: row.id,
      workerId: options.id,
      reason,
      retryAt,
    });
    if (recorded) await applyWhileExecuted(deps, scope, actionId, { type: "deliver_failed", reason, final });
  });
}

/** Delivery events only mean something to an executed action (an agent may have completed it already). */
async function applyWhileExecuted(
  deps: WorkerDeps,
  scope: TenantScope,
  actionId: ActionId,
  event: ActionEventOf<"deliver_succeeded"> | ActionEventOf<"deliver_failed">,
): Promise<void> {
  const action = await getActionForUpdate(scope, actionId);
  if (action?.state === "executed") await applyActionEvent(deps, scope, actionId, event, WORKER);
}
