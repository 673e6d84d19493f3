import type { DeliveryChannel } from "@trellis/domain";
import { newId } from "@trellis/domain";
import type { OutboxRow } from "../tables/outbox.table.js";
import type { TenantScope } from "../tenant-scope.js";

export interface NewDelivery {
  /** Null for a message that answers no action (a portal sign-in link). */
  actionId: string | null;
  channel: DeliveryChannel;
  idempotencyKey: string;
  payload: unknown;
  /** Domain for the Message-ID, e.g. the sender's. */
  messageIdDomain: string;
  at: Date;
}

/**
 * Writes a delivery request in the caller's transaction. The idempotency key is unique: a second request with
 * the same key returns the existing row instead of a second delivery.
 */
export async function enqueueDelivery(scope: TenantScope, delivery: NewDelivery): Promise<OutboxRow> {
  const id = newId("delivery");
  const inserted = await scope.db
    .insertInto("outbox")
    .values({
      id,
      organization_id: scope.organizationId,
      action_id: delivery.actionId,
      channel: delivery.channel,
      idempotency_key: delivery.idempotencyKey,
      message_id: `<${id}@${delivery.messageIdDomain}>`,
      payload: JSON.stringify(delivery.payload),
      next_attempt_at: delivery.at,
      created_at: delivery.at,
    })
    .onConflict((conflict) => conflict.column("idempotency_key").doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return inserted;
  return scope.db
    .selectFrom("outbox")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("idempotency_key", "=", delivery.idempotencyKey)
    .executeTakeFirstOrThrow();
}
