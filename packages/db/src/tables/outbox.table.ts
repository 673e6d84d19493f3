import type { DeliveryChannel } from "@trellis/domain";
import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Generated, Json, Timestamp, TimestampWithDefault } from "./columns.js";

export type OutboxStatus = "pending" | "sending" | "sent" | "failed";

export interface OutboxTable {
  id: string;
  organization_id: string;
  /** The action the message answers; null for mail that answers none (a portal sign-in link). */
  action_id: string | null;
  channel: DeliveryChannel;
  idempotency_key: string;
  /** Fixed when the row is written, so every retry of the same delivery carries the same Message-ID. */
  message_id: string;
  payload: Json<unknown>;
  status: Generated<OutboxStatus>;
  /** A lease ran out mid-send: the receiver may already have the message. */
  outcome_unknown: Generated<boolean>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  next_attempt_at: TimestampWithDefault;
  claimed_by: string | null;
  lease_until: Timestamp | null;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;
