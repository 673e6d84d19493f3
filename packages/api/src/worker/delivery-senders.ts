/** Picks a sender per channel from the delivery configuration. */
import type { TrellisDb } from "@trellis/db";
import type { Clock } from "@trellis/domain";
import type { DeliverySenders } from "./delivery-sender.js";
import { nothingToSend } from "./delivery-sender.js";
import { createDevMailboxSender } from "./dev-mailbox-sender.js";
import { createPortalSender } from "./portal-sender.js";
import { createSlackWebhookSender } from "./slack-webhook-sender.js";
import { createSmtpSender } from "./smtp-sender.js";

export interface DeliveryConfig {
  /** e.g. smtp://user:pass@smtp.example.com:587; unset: emails go to the dev mailbox. */
  readonly smtpUrl?: string | undefined;
  /** A Slack incoming-webhook URL; unset: Slack messages go to the dev mailbox. */
  readonly slackWebhookUrl?: string | undefined;
  /** The customer portal's public URL, which the sign-in links in portal emails point to. */
  readonly portalUrl: string;
}

/**
 * Email through SMTP when `smtpUrl` is set, else the dev mailbox; Slack through the webhook when set, else the
 * dev mailbox; a portal delivery (a request's announcement, or a sign-in link a contact asked for) is an email
 * with a sign-in link created at send time (through the same email sender); agent-task deliveries send nothing.
 *
 * @example
 * const senders = createDeliverySenders(db, systemClock, {
 *   smtpUrl: process.env.SMTP_URL,
 *   portalUrl: "http://127.0.0.1:5174",
 * });
 */
export function createDeliverySenders(db: TrellisDb, clock: Clock, config: DeliveryConfig): DeliverySenders {
  const mailbox = createDevMailboxSender(db, clock);
  const email = config.smtpUrl ? createSmtpSender(config.smtpUrl) : mailbox;
  return {
    email,
    slack: config.slackWebhookUrl ? createSlackWebhookSender(config.slackWebhookUrl) : mailbox,
    portal: createPortalSender({ db, clock, email, portalUrl: config.portalUrl }),
    none: nothingToSend,
  };
}
