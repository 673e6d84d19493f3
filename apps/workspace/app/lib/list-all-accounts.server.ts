/**
 * Every account matching a search, page after page. The API lists accounts by name only; sorting by ARR, risk or
 * ready actions needs the whole list, which the workspace server gathers and sorts (see account-sort.ts).
 */
import type { TrellisClient } from "@trellis/client";
import type { AccountListItem } from "./account-sort";

const PAGE_SIZE = 100;
// A guard against a runaway loop; 5,000 accounts is far beyond one agent's book of business.
const MAX_PAGES = 50;

/** All accounts whose name contains `search` (any case), in name order. */
export async function listAllAccounts(
  api: TrellisClient,
  search: string | undefined,
): Promise<AccountListItem[]> {
  const accounts: AccountListItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await api.accounts.list.query({ search, limit: PAGE_SIZE, cursor });
    accounts.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return accounts;
}
