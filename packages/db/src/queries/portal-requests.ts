/**
 * The actions a contact sees in the portal: form, document and meeting actions of the contact's own account that
 * were executed (and are still open or since completed). Every query takes the account id, so a contact of one
 * account cannot reach another account's action by its id.
 */
import type { AccountId, ActionId } from "@trellis/domain";
import { sql } from "kysely";
import type { ActionRow } from "../tables/actions.table.js";
import type { TenantScope } from "../tenant-scope.js";

/** Action types a contact answers in the portal. */
export const PORTAL_ACTION_TYPES = ["form", "document", "meeting"] as const;
export type PortalActionType = (typeof PORTAL_ACTION_TYPES)[number];

/** A portal action and the content its execution delivered (the `portal` outbox payload's `content`). */
export interface PortalActionRow {
  readonly action: ActionRow & { type: PortalActionType; state: "executed" | "completed" };
  /** The content as executed, variables rendered; its shape is checked by the caller. */
  readonly deliveredContent: unknown;
}

function portalActions(scope: TenantScope, accountId: AccountId) {
  return scope.db
    .selectFrom("actions")
    .innerJoin("outbox", (join) =>
      join
        .onRef("outbox.action_id", "=", "actions.id")
        .on("outbox.organization_id", "=", scope.organizationId)
        .on("outbox.channel", "=", "portal"),
    )
    .where("actions.organization_id", "=", scope.organizationId)
    .where("actions.account_id", "=", accountId)
    .where("actions.type", "in", [...PORTAL_ACTION_TYPES])
    .where("actions.state", "in", ["executed", "completed"])
    .where("actions.executed_at", "is not", null);
}

function asPortalActionRow(row: ActionRow & { delivered_content: unknown }): PortalActionRow {
  const { delivered_content, ...action } = row;
  return { action: action as PortalActionRow["action"], deliveredContent: delivered_content };
}

/** The account's portal actions, most recently executed first. */
export async function listPortalActions(
  scope: TenantScope,
  accountId: AccountId,
): Promise<PortalActionRow[]> {
  const rows = await portalActions(scope, accountId)
    .selectAll("actions")
    .select(sql<unknown>`outbox.payload -> 'content'`.as("delivered_content"))
    .orderBy("actions.executed_at", "desc")
    .orderBy("actions.id", "desc")
    .execute();
  return rows.map(asPortalActionRow);
}

/**
 * One portal action of the account; undefined when it is not one (another account's, not executed, not a portal
 * type). With `forUpdate` the action row is locked until the transaction ends, as state changes require.
 */
export async function getPortalAction(
  scope: TenantScope,
  accountId: AccountId,
  actionId: ActionId,
  options: { forUpdate?: boolean } = {},
): Promise<PortalActionRow | undefined> {
  const query = portalActions(scope, accountId)
    .where("actions.id", "=", actionId)
    .selectAll("actions")
    .select(sql<unknown>`outbox.payload -> 'content'`.as("delivered_content"))
    .orderBy("outbox.created_at")
    .limit(1);
  const row = await (options.forUpdate ? query.forUpdate("actions") : query).executeTakeFirst();
  return row ? asPortalActionRow(row) : undefined;
}
