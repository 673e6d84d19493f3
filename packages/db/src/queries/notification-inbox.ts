/**
 * An agent's notifications: unread first, newest first, paged by keyset; marking read; the unread count for the
 * badge. Always filtered by recipient as well as organization, so a colleague's notifications stay theirs.
 */
import type { Notification } from "@trellis/domain";
import { sql } from "kysely";
import type { NotificationRow } from "../tables/notifications.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

/** A notifications row as the domain type, with ISO timestamps. */
export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id as Notification["id"],
    organizationId: row.organization_id as Notification["organizationId"],
    recipientAgentId: row.recipient_agent_id as Notification["recipientAgentId"],
    kind: row.kind,
    accountId: row.account_id as Notification["accountId"],
    actionId: row.action_id as Notification["actionId"],
    title: row.title,
    body: row.body,
    createdAt: iso(row.created_at),
    readAt: iso(row.read_at),
  };
}

/** The last notification of the previous page. */
export interface InboxPosition {
  unread: boolean;
  /** `created_at` to the microsecond (`created_at_exact`), so rows written by `now()` page correctly too. */
  createdAt: string;
  id: string;
}

export interface InboxRow extends NotificationRow {
  created_at_exact: string;
}

/** One page of the agent's notifications: unread before read, each group newest first. */
export async function listInbox(
  scope: TenantScope,
  recipientAgentId: string,
  query: { after: InboxPosition | null; limit: number },
): Promise<InboxRow[]> {
  let select = scope.db
    .selectFrom("notifications")
    .selectAll()
    .select(
      sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        "created_at_exact",
      ),
    )
    .where("organization_id", "=", scope.organizationId)
    .where("recipient_agent_id", "=", recipientAgentId)
    .orderBy(sql`(read_at is null)`, "desc")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit);
  const after = query.after;
  if (after) {
    select = select.where(
      sql<boolean>`((read_at is null), created_at, id) < (${after.unread}, ${after.createdAt}::timestamptz, ${after.id})`,
    );
  }
  return select.execute();
}

/** Marks the agent's unread notifications read (these ids, or all of them); returns how many changed. */
export async function markInboxRead(
  scope: TenantScope,
  recipientAgentId: string,
  which: { ids: readonly string[] } | "all",
  at: Date,
): Promise<number> {
  if (which !== "all" && which.ids.length === 0) return 0;
  let update = scope.db
    .updateTable("notifications")
    .set({ read_at: at })
    .where("organization_id", "=", scope.organizationId)
    .where("recipient_agent_id", "=", recipientAgentId)
    .where("read_at", "is", null);
  if (which !== "all") update = update.where("id", "in", [...which.ids]);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The agent's unread notifications, for the badge. */
export async function countUnreadInbox(scope: TenantScope, recipientAgentId: string): Promise<number> {
  const row = await scope.db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("organization_id", "=", scope.organizationId)
    .where("recipient_agent_id", "=", recipientAgentId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
