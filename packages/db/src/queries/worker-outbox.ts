/**
 * The worker's side of the outbox: claiming deliveries across organizations (through the security-definer
 * function, `FOR UPDATE SKIP LOCKED` with a lease) and settling each one inside its own organization.
 */
import { sql } from "kysely";
import type { TrellisDb } from "../database.js";
import type { OutboxRow } from "../tables/outbox.table.js";
import type { TenantScope } from "../tenant-scope.js";
import type { WorkClaim } from "./work-claim.js";

/**
 * Claims up to `batchSize` deliveries that are due, or whose lease ran out while sending (those come back with
 * `outcome_unknown` set). Each claim counts as an attempt. Concurrent workers never get the same row.
 */
export async function claimOutbox(db: TrellisDb, claim: WorkClaim): Promise<OutboxRow[]> {
  const result = await sql<OutboxRow>`
    select * from trellis_claim_outbox(${claim.workerId}, ${claim.batchSize}, ${claim.leaseSeconds}, ${claim.now})
  `.execute(db);
  return result.rows;
}

/**
 * Marks a delivery sent. Any worker that knows the send succeeded may do it while the row is `sending`, even if
 * another worker reclaimed it meanwhile. Returns false when it was already settled (nothing to record again).
 */
export async function markDeliverySent(scope: TenantScope, deliveryId: string, at: Date): Promise<boolean> {
  return (await markDeliveriesSent(scope, [deliveryId], at)).length > 0;
}

/** A delivery that `markDeliveriesSent` settled. */
export interface SentDelivery {
  id: string;
  /** Null for a message that answers no action: settling it records no lifecycle event. */
  action_id: string | null;
}

/**
 * Marks several deliveries sent in one statement, under the same rule as `markDeliverySent`. Returns only the
 * rows it settled now: one already settled (by another worker) is left out, so its event is not recorded twice.
 */
export async function markDeliveriesSent(
  scope: TenantScope,
  deliveryIds: readonly string[],
  at: Date,
): Promise<SentDelivery[]> {
  if (deliveryIds.length === 0) return [];
  return scope.db
    .updateTable("outbox")
    .set({ status: "sent", sent_at: at, lease_until: null, last_error: null })
    .where("organization_id", "=", scope.organizationId)
    .where("id", "in", [...deliveryIds])
    .where("status", "=", "sending")
    .returning(["id", "action_id"])
    .execute();
}

export interface DeliveryFailure {
  deliveryId: string;
  workerId: string;
  reason: string;
  /** When to try again; null when the delivery has failed for good. */
  retryAt: Date | null;
}

/**
 * Records a failed attempt: back to `pending` until `retryAt`, or `failed` for good. Only the worker holding
 * the claim may do it (a reclaimed row belongs to its new worker). Returns false when the claim was lost.
 */
export async function recordDeliveryFailure(scope: TenantScope, failure: DeliveryFailure): Promise<boolean> {
  const updated = await scope.db
    .updateTable("outbox")
    .set({
      status: failure.retryAt ? "pending" : "failed",
      next_attempt_at: failure.retryAt ?? undefined,
      claimed_by: null,
      lease_until: null,
      last_error: failure.reason,
    })
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", failure.deliveryId)
    .where("status", "=", "sending")
    .where("claimed_by", "=", failure.workerId)
    .returning("id")
    .executeTakeFirst();
  return updated !== undefined;
}
