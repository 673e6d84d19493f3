/**
 * Emails a contact sees in the portal, read-only: executed email actions of the contact's account whose delivery
 * was sent to the contact's address (to, cc or bcc), as the outbox froze them at execution.
 */
import type { AccountId, ActionId } from "@trellis/domain";
import { sql } from "kysely";
import type { TenantScope } from "../tenant-scope.js";

export interface PortalEmailRow {
  readonly actionId: string;
  readonly subject: string;
  readonly html: string;
  readonly sentAt: Date;
}

function sentToAddress(scope: TenantScope, accountId: AccountId, email: string) {
  const address = email.toLowerCase();
  return scope.db
    .selectFrom("outbox")
    .innerJoin("actions", (join) =>
      join
        .onRef("actions.id", "=", "outbox.action_id")
        .on("actions.organization_id", "=", scope.organizationId),
    )
    .where("outbox.organization_id", "=", scope.organizationId)
    .where("actions.account_id", "=", accountId)
    .where("actions.type", "=", "email")
    .where("outbox.channel", "=", "email")
    .where("outbox.status", "=", "sent")
    .where(
      sql<boolean>`exists (
        select 1 from jsonb_array_elements_text(
          coalesce(outbox.payload -> 'to', '[]'::jsonb) || coalesce(outbox.payload -> 'cc', '[]'::jsonb)
            || coalesce(outbox.payload -> 'bcc', '[]'::jsonb)
        ) as recipient
        where lower(recipient) = ${address} or lower(recipient) like ${`%<${address}>`}
      )`,
    )
    .select([
      "outbox.action_id as actionId",
      sql<string>`outbox.payload ->> 'subject'`.as("subject"),
      sql<string>`outbox.payload ->> 'html'`.as("html"),
      "outbox.sent_at as sentAt",
    ]);
}

function sent(row: {
  actionId: string | null;
  subject: string;
  html: string;
  sentAt: Date | null;
}): PortalEmailRow[] {
  return row.actionId && row.sentAt ? [{ ...row, actionId: row.actionId, sentAt: row.sentAt }] : [];
}

/** The emails of the account sent to `email`, newest first. */
export async function listPortalEmails(
  scope: TenantScope,
  accountId: AccountId,
  email: string,
): Promise<PortalEmailRow[]> {
  const rows = await sentToAddress(scope, accountId, email)
    .orderBy("outbox.sent_at", "desc")
    .orderBy("outbox.id", "desc")
    .execute();
  return rows.flatMap(sent);
}

/** One email action of the account as sent to `email`; undefined when it was not sent to that address. */
export async function getPortalEmail(
  scope: TenantScope,
  accountId: AccountId,
  actionId: ActionId,
  email: string,
): Promise<PortalEmailRow | undefined> {
  const row = await sentToAddress(scope, accountId, email)
    .where("outbox.action_id", "=", actionId)
    .orderBy("outbox.sent_at")
    .limit(1)
    .executeTakeFirst();
  return row ? sent(row)[0] : undefined;
}
