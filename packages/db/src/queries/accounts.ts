import type { Account, AccountId } from "@trellis/domain";
import type { AccountRow } from "../tables/accounts.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id as Account["id"],
    organizationId: row.organization_id as Account["organizationId"],
    name: row.name,
    domains: row.domains,
    arr: { amountMinor: row.arr_minor, currency: row.arr_currency },
    risk: row.risk,
    ownerAgentId: row.owner_agent_id as Account["ownerAgentId"],
    startedAt: iso(row.started_at),
    customFields: row.custom_fields,
    createdAt: iso(row.created_at),
  };
}

export async function getAccount(
  scope: TenantScope,
  id: AccountId | string,
): Promise<AccountRow | undefined> {
  return scope.db
    .selectFrom("accounts")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** An account's name and owner agent, what a notification about one of its actions needs. */
export interface AccountOwner {
  id: string;
  name: string;
  owner_agent_id: string | null;
}

/** The names and owners of several accounts, in one query. */
export async function listAccountOwners(
  scope: TenantScope,
  accountIds: readonly string[],
): Promise<AccountOwner[]> {
  if (accountIds.length === 0) return [];
  return scope.db
    .selectFrom("accounts")
    .select(["id", "name", "owner_agent_id"])
    .where("organization_id", "=", scope.organizationId)
    .where("id", "in", [...accountIds])
    .execute();
}
