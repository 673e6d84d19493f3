/**
 * Accounts as the workspace lists them: paged by name (keyset on name and id), searched by name, with each
 * account's owner and how many of its actions are in each state.
 */
import type { ActionState } from "@trellis/domain";
import { sql } from "kysely";
import type { AccountRow } from "../tables/accounts.table.js";
import type { TenantScope } from "../tenant-scope.js";

export interface AccountListQuery {
  /** Part of the name, any case. */
  search: string | null;
  /** The last account of the previous page. */
  after: { name: string; id: string } | null;
  limit: number;
}

export interface AccountListRow extends AccountRow {
  owner_name: string | null;
}

/** `%`, `_` and `\` typed by a person are matched literally. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** One page of the organization's accounts by name, then id. */
export async function listAccountsByName(
  scope: TenantScope,
  query: AccountListQuery,
): Promise<AccountListRow[]> {
  let select = scope.db
    .selectFrom("accounts as acc")
    .leftJoin("agents as owner", "owner.id", "acc.owner_agent_id")
    .selectAll("acc")
    .select("owner.name as owner_name")
    .where("acc.organization_id", "=", scope.organizationId)
    .orderBy("acc.name")
    .orderBy("acc.id")
    .limit(query.limit);
  if (query.search) select = select.where("acc.name", "ilike", likePattern(query.search));
  if (query.after) {
    const { name, id } = query.after;
    select = select.where(sql<boolean>`(acc.name, acc.id) > (${name}, ${id})`);
  }
  return select.execute();
}

export type ActionStateCounts = Record<ActionState, number>;

/** Zero actions in every state. */
export function emptyStateCounts(): ActionStateCounts {
  return { pending: 0, ready: 0, review_pending: 0, executed: 0, completed: 0, skipped: 0 };
}

/** How many actions each of these accounts has in each state (accounts without actions get zeros). */
export async function countActionsByStateForAccounts(
  scope: TenantScope,
  accountIds: readonly string[],
): Promise<Map<string, ActionStateCounts>> {
  const counts = new Map(accountIds.map((id) => [id, emptyStateCounts()]));
  if (accountIds.length === 0) return counts;
  const rows = await scope.db
    .selectFrom("actions")
    .select(["account_id", "state", (eb) => eb.fn.countAll<string>().as("count")])
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "in", [...accountIds])
    .groupBy(["account_id", "state"])
    .execute();
  for (const row of rows) {
    const forAccount = counts.get(row.account_id);
    if (forAccount) forAccount[row.state] = Number(row.count);
  }
  return counts;
}
