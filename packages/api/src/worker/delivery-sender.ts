/**
 * The extension point for delivery: one `DeliverySender` per channel turns a claimed outbox row into a message
 * (an SMTP email, a Slack post, a dev-mailbox entry, or nothing for the portal) and reports the outcome as a value.
 */
import type { DeliveryChannel } from "@trellis/domain";
import type { DeliveryPayload } from "../services/apply-action-event.js";

/** One claimed delivery, as a sender sees it. */
export interface Delivery {
  readonly id: string;
  readonly organizationId: string;
  /** Null for a message that answers no action (a portal sign-in link). */
  readonly actionId: string | null;
  readonly channel: DeliveryChannel;
  /** Fixed when the action was executed: every attempt carries the same one, so receivers can deduplicate. */
  readonly messageId: string;
  readonly payload: DeliveryPayload;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** An earlier attempt may have reached the receiver (its worker died mid-send). */
  readonly outcomeUnknown: boolean;
}

export type SendOutcome =
  | { readonly ok: true; readonly reference: string | null }
  /** `transient`: trying again later may succeed (network, 4xx SMTP, Slack 429/5xx); otherwise it never will. */
  | { readonly ok: false; readonly transient: boolean; readonly reason: string };

export interface DeliverySender {
  /** Sends one delivery. Expected failures come back as `{ ok: false }`; a throw counts as transient. */
  send(delivery: Delivery): Promise<SendOutcome>;
}

/** The sender for every channel. */
export type DeliverySenders = Readonly<Record<DeliveryChannel, DeliverySender>>;

/** Agent-task deliveries: the executed action itself is what the agent sees. */
export const nothingToSend: DeliverySender = {
  send: async () => ({ ok: true, reference: null }),
};
