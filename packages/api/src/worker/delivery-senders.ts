/** Picks a sender per channel from the delivery configuration. */
import type { TrellisDb } from "@trellis/db";
import type { Clock } from "@trellis/domain";
import type { DeliverySenders } from "./delivery-sender.js";
import { nothingToSend } from "./delivery-sender.js";
import { createDevMailboxSender } from "./dev-mailbox-sender.js";
import { createSlackWebhookSender } from "./slack-webhook-sender.js";
import { createSmtpSender } from "./smtp-sender.js";

export interface DeliveryConfig {
  /** e.g. smtp://user:pass@smtp.example.com:587; unset: emails go to the dev mailbox. */
  readonly smtpUrl?: string | undefined;
  /** A Slack incoming-webhook URL; unset: Slack messages go to the dev mailbox. */
  readonly slackWebhookUrl?: string | undefined;
}

/**
 * Email through SMTP when `smtpUrl` is set, else the dev mailbox; Slack through the webhook when set, else the
 * dev mailbox; portal and agent-task deliveries send nothing.
 *
 * @example
 * const senders = createDeliverySenders(db, systemClock, { smtpUrl: process.env.SMTP_URL });
 */
export function createDeliverySenders(db: TrellisDb, clock: Clock, config: DeliveryConfig): DeliverySenders {
  const mailbox = createDevMailboxSender(db, clock);
  return {
    email: config.smtpUrl ? createSmtpSender(config.smtpUrl) : mailbox,
    slack: config.slackWebhookUrl ? createSlackWebhookSender(config.slackWebhookUrl) : mailbox,
    portal: nothingToSend,
    none: nothingToSend,
  };
}
