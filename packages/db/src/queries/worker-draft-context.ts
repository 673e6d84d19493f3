/** What the draft worker reads around an action besides its account, contacts and milestone. */
import type { AgentRow } from "../tables/agents.table.js";
import type { TenantScope } from "../tenant-scope.js";

/**
 * Who signs a draft when the account has no owner: the organization's first admin, else its first agent.
 */
export async function getFallbackAgent(scope: TenantScope): Promise<AgentRow | undefined> {
  return scope.db
    .selectFrom("agents")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .orderBy((eb) => eb.case().when("role", "=", "admin").then(0).else(1).end())
    .orderBy("created_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
}

/** The action's internal notes, newest first: background for the draft, never quoted to the customer. */
export async function listRecentNoteBodies(
  scope: TenantScope,
  actionId: string,
  limit: number,
): Promise<string[]> {
  const rows = await scope.db
    .selectFrom("notes")
    .select("body")
    .where("organization_id", "=", scope.organizationId)
    .where("action_id", "=", actionId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => row.body);
}

export interface AccountActivity {
  at: Date;
  actionName: string;
  eventType: string;
}

/** The account's most recent action history entries, newest first, for a draft's "recent activity". */
export async function listRecentAccountActivity(
  scope: TenantScope,
  accountId: string,
  limit: number,
): Promise<AccountActivity[]> {
  const rows = await scope.db
    .selectFrom("action_history")
    .innerJoin("actions", "actions.id", "action_history.action_id")
    .select(["action_history.at", "actions.name", "action_history.event"])
    .where("action_history.organization_id", "=", scope.organizationId)
    .where("actions.organization_id", "=", scope.organizationId)
    .where("actions.account_id", "=", accountId)
    .orderBy("action_history.at", "desc")
    .orderBy("action_history.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({ at: row.at, actionName: row.name, eventType: row.event.type }));
}
