/**
 * The dev mailbox: with no SMTP server (or no Slack webhook) configured, messages are stored in the database for
 * the workspace to show. The Message-ID is unique there, so a retry after a crash stores nothing twice.
 */
import { storeMailboxMessage, type TrellisDb, withTenant } from "@trellis/db";
import type { OrganizationId } from "@trellis/domain";
import { escapeHtml, htmlToText } from "@trellis/drafting";
import type { Delivery, DeliverySender } from "./delivery-sender.js";

/**
 * @example
 * const sender = createDevMailboxSender(db, systemClock);
 */
export function createDevMailboxSender(db: TrellisDb, clock: { now(): Date }): DeliverySender {
  return {
    async send(delivery) {
      const message = mailboxContent(delivery);
      if (!message) {
        return {
          ok: false,
          transient: false,
          reason: `the dev mailbox cannot store a ${delivery.payload.kind} payload`,
        };
      }
      await withTenant(db, delivery.organizationId as OrganizationId, (scope) =>
        storeMailboxMessage(scope, {
          ...message,
          messageId: delivery.messageId,
          deliveryId: delivery.id,
          at: clock.now(),
        }),
      );
      return { ok: true, reference: delivery.messageId };
    },
  };
}

function mailboxContent(delivery: Delivery) {
  const { payload } = delivery;
  if (payload.kind === "email") {
    return {
      sender: payload.from,
      recipients: { to: payload.to, cc: payload.cc, bcc: payload.bcc },
      subject: payload.subject,
      html: payload.html,
      text: payload.text ?? htmlToText(payload.html),
    };
  }
  if (payload.kind === "slack") {
    return {
      sender: "Slack",
      recipients: { to: [`slack:${payload.channel}`], cc: [], bcc: [] },
      subject: `Slack message to ${payload.channel}`,
      html: `<p>${escapeHtml(payload.message)}</p>`,
      text: payload.message,
    };
  }
  return null;
}
