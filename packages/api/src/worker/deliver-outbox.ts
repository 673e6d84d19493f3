/**
 * Loop 3, delivery: claims due outbox rows in a batch (SKIP LOCKED, with a lease) and sends each through its
 * channel's sender outside any transaction. The batch's successful sends are then settled together, in one
 * transaction per organization: sent + `deliver_succeeded` for all of them in a few statements (a Slack action
 * completes there); if that transaction fails, each row is settled on its own so one bad row cannot hold up the
 * rest. A failed send is settled on its own at once: a retry with backoff + `deliver_failed`, or, after the last
 * attempt or a permanent failure, failed + a final `deliver_failed` (history and a notification to the owner).
 *
 * A message that answers no action (a portal sign-in link) is settled the same way, without any lifecycle event.
 *
 * A worker that dies between sending and settling leaves the row `sending`; when its lease runs out the row is
 * claimed again with `outcome_unknown` set and re-sent with the same Message-ID, so receivers can deduplicate.
 */
import {
  claimOutbox,
  getActionForUpdate,
  markDeliveriesSent,
  markDeliverySent,
  type OutboxRow,
  recordDeliveryFailure,
  type TenantScope,
  withTenant,
} from "@trellis/db";
import type { ActionId, Actor, OrganizationId } from "@trellis/domain";
import type { ActionEventOf } from "@trellis/lifecycle";
import { applyActionEvent, applyActionEvents } from "../services/apply-action-event.js";
import { deliveryPayloadSchema } from "./delivery-payload.js";
import type { SendOutcome } from "./delivery-sender.js";
import { retryDelayMs } from "./retry-backoff.js";
import type { WorkerDeps } from "./worker-deps.js";
import type { WorkerOptions } from "./worker-options.js";

const WORKER: Actor = { kind: "system", component: "worker" };
const MAX_REASON_LENGTH = 2_000;

type DeliveryOptions = Pick<WorkerOptions, "id" | "batchSize" | "deliveryLeaseSeconds" | "deliveryBackoff">;

/** A claimed row whose send succeeded, waiting to be settled with the rest of its organization's batch. */
interface SentRow {
  readonly row: OutboxRow;
  readonly outcome: Extract<SendOutcome, { ok: true }>;
}

/** Claims and delivers up to one batch; returns how many rows it claimed. */
export async function deliverOutbox(deps: WorkerDeps, options: DeliveryOptions): Promise<number> {
  const claimed = await claimOutbox(deps.db, {
    workerId: options.id,
    batchSize: options.batchSize,
    leaseSeconds: options.deliveryLeaseSeconds,
    now: deps.clock.now(),
  });
  const byOrganization = new Map<OrganizationId, SentRow[]>();
  for (const sent of await Promise.all(claimed.map((row) => sendOne(deps, options, row)))) {
    if (!sent) continue;
    const organizationId = sent.row.organization_id as OrganizationId;
    const group = byOrganization.get(organizationId);
    if (group) group.push(sent);
    else byOrganization.set(organizationId, [sent]);
  }
  await Promise.all(
    [...byOrganization].map(([organizationId, sent]) => settleSent(deps, options, organizationId, sent)),
  );
  return claimed.length;
}

/** Sends one row; a failed send is settled at once. Returns the row when its send succeeded (to settle later). */
async function sendOne(deps: WorkerDeps, options: DeliveryOptions, row: OutboxRow): Promise<SentRow | null> {
  try {
    await deps.checkpoint?.("delivery_claimed", row.id);
    const outcome = await send(deps, row);
    if (outcome.ok) {
      await deps.checkpoint?.("delivery_sent", row.id);
      return { row, outcome };
    }
    await settled(deps, row, () => settle(deps, options, row, outcome));
  } catch (error) {
    // Left claimed on purpose: when the lease runs out the row is retried as outcome unknown.
    deps.onError?.(error, `delivery ${row.id}`);
  }
  return null;
}

/** Settles one organization's successful sends in one transaction, or, if that fails, each row on its own. */
async function settleSent(
  deps: WorkerDeps,
  options: DeliveryOptions,
  organizationId: OrganizationId,
  sent: readonly SentRow[],
): Promise<void> {
  try {
    await withTenant(deps.db, organizationId, (scope) => settleTogether(deps, scope, sent));
  } catch {
    // A row the bulk settlement chokes on must not hold up the others: each is settled (or reported) on its own.
    await Promise.all(
      sent.map(({ row, outcome }) => settled(deps, row, () => settle(deps, options, row, outcome))),
    );
    return;
  }
  await Promise.all(sent.map(({ row }) => settled(deps, row)));
}

/**
 * Marks the rows sent in one statement and applies `deliver_succeeded` in bulk to the actions of the rows it
 * settled now (not to those another worker settled already) that are still executed.
 */
async function settleTogether(deps: WorkerDeps, scope: TenantScope, sent: readonly SentRow[]): Promise<void> {
  const references = new Map(sent.map(({ row, outcome }) => [row.id, outcome.reference]));
  const marked = await markDeliveriesSent(scope, [...references.keys()], deps.clock.now());
  const requests = marked.flatMap((delivery) =>
    delivery.action_id === null
      ? []
      : [
          {
            actionId: delivery.action_id as ActionId,
            event: { type: "deliver_succeeded" as const, reference: references.get(delivery.id) ?? null },
          },
        ],
  );
  await applyActionEvents(deps, scope, requests, WORKER, (action) => action.state === "executed");
}

/**
 * Runs the row's settlement (unless it was settled with its batch already), then its `delivery_settled`
 * checkpoint; a failure is reported and the row left claimed.
 */
async function settled(deps: WorkerDeps, row: OutboxRow, settlement?: () => Promise<void>): Promise<void> {
  try {
    await settlement?.();
    await deps.checkpoint?.("delivery_settled", row.id);
  } catch (error) {
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
    const actionId = row.action_id as ActionId | null;
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

/**
 * Delivery events only mean something to an executed action (an agent may have completed it already), and
 * nothing to a message that answers no action.
 */
async function applyWhileExecuted(
  deps: WorkerDeps,
  scope: TenantScope,
  actionId: ActionId | null,
  event: ActionEventOf<"deliver_succeeded"> | ActionEventOf<"deliver_failed">,
): Promise<void> {
  if (actionId === null) return;
  const action = await getActionForUpdate(scope, actionId);
  if (action?.state === "executed") await applyActionEvent(deps, scope, actionId, event, WORKER);
}
