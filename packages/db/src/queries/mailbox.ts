import type { MailboxRow } from "../tables/mailbox.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

/** A message in the dev mailbox, as listed: without its bodies. */
export interface DevMailboxMessageSummary {
  readonly id: string;
  readonly messageId: string;
  readonly outboxId: string | null;
  readonly from: string;
  readonly to: string[];
  readonly cc: string[];
  readonly bcc: string[];
  readonly subject: string;
  readonly createdAt: string;
}

/** A message in the dev mailbox with its HTML and text bodies. */
export interface DevMailboxMessage extends DevMailboxMessageSummary {
  readonly html: string;
  readonly text: string;
}

/** Where a page of the mailbox ends: the next page starts after this message. */
export interface DevMailboxCursor {
  readonly createdAt: string;
  readonly id: string;
}

function toSummary(row: Omit<MailboxRow, "html" | "text">): DevMailboxMessageSummary {
  return {
    id: row.id,
    messageId: row.message_id,
    outboxId: row.outbox_id,
    from: row.sender,
    to: row.recipients.to,
    cc: row.recipients.cc,
    bcc: row.recipients.bcc,
    subject: row.subject,
    createdAt: iso(row.created_at),
  };
}

export function toDevMailboxMessage(row: MailboxRow): DevMailboxMessage {
  return { ...toSummary(row), html: row.html, text: row.text };
}

/** One page of the organization's dev mailbox, newest first (keyset paging on time and id). */
export async function listDevMailbox(
  scope: TenantScope,
  page: { limit: number; after: DevMailboxCursor | null },
): Promise<DevMailboxMessageSummary[]> {
  let query = scope.db
    .selectFrom("mailbox")
    .select([
      "id",
      "organization_id",
      "message_id",
      "outbox_id",
      "sender",
      "recipients",
      "subject",
      "created_at",
    ])
    .where("organization_id", "=", scope.organizationId);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("created_at", "<", new Date(after.createdAt)),
        eb.and([eb("created_at", "=", new Date(after.createdAt)), eb("id", "<", after.id)]),
      ]),
    );
  }
  const rows = await query.orderBy("created_at", "desc").orderBy("id", "desc").limit(page.limit).execute();
  return rows.map(toSummary);
}

export async function getDevMailboxMessage(scope: TenantScope, id: string): Promise<MailboxRow | undefined> {
  return scope.db
    .selectFrom("mailbox")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}
