import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Json } from "./columns.js";

export interface MailboxRecipients {
  to: string[];
  cc: string[];
  bcc: string[];
}

export interface MailboxTable {
  id: string;
  organization_id: string;
  message_id: string;
  outbox_id: string | null;
  sender: string;
  recipients: Json<MailboxRecipients>;
  subject: string;
  html: string;
  text: string;
  created_at: CreatedAt;
}
export type MailboxRow = Selectable<MailboxTable>;
export type NewMailboxRow = Insertable<MailboxTable>;
