/** The dev mailbox's write side: what the worker "sends" when no SMTP server (or Slack webhook) is configured. */
import { newId } from "@trellis/domain";
import type { MailboxRecipients } from "../tables/mailbox.table.js";
import type { TenantScope } from "../tenant-scope.js";

export interface MailboxMessage {
  messageId: string;
  deliveryId: string | null;
  sender: string;
  recipients: MailboxRecipients;
  subject: string;
  html: string;
  text: string;
  at: Date;
}

/**
 * Stores a message in the organization's dev mailbox. The Message-ID is unique, so storing the same message again
 * (a retry after a crash) is a no-op; returns whether this call stored it.
 */
export async function storeMailboxMessage(scope: TenantScope, message: MailboxMessage): Promise<boolean> {
  const inserted = await scope.db
    .insertInto("mailbox")
    .values({
      id: newId("mailboxMessage"),
      organization_id: scope.organizationId,
      message_id: message.messageId,
      outbox_id: message.deliveryId,
      sender: message.sender,
      recipients: JSON.stringify(message.recipients),
      subject: message.subject,
      html: message.html,
      text: message.text,
      created_at: message.at,
    })
    .onConflict((conflict) => conflict.column("message_id").doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}
