/**
 * Accounts for the workspace: the paged, searchable list with ARR, risk, owner, latest health and action counts by
 * state, and one account with its contacts, milestones (with progress) and recent weekly health scores.
 */
import {
  type AccountHealth,
  type AccountListRow,
  type ActionStateCounts,
  countActionsByStateForAccounts,
  emptyStateCounts,
  getAccount,
  getAgent,
  latestHealthForAccounts,
  listAccountsByName,
  listContacts,
  listMilestoneProgress,
  type TenantScope,
  toAccount,
  toContact,
  weeklyHealthScores,
} from "@trellis/db";
import { type Account, accountIdSchema, type Contact } from "@trellis/domain";
import { HEALTH_TREND_WEEKS } from "@trellis/scoring";
import { z } from "zod";
import { notFound } from "../domain-failure.js";
import { type MilestoneSummary, toMilestoneSummary } from "./milestone-summary.js";
import { decodeCursor, encodeCursor } from "./page-cursor.js";

export const accountListInputSchema = z.object({
  search: z.string().trim().max(200).optional().describe("part of the account name, any case"),
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.string().max(1_000).optional().describe("nextCursor of the previous page"),
});
export type AccountListInput = z.input<typeof accountListInputSchema>;

const accountCursorSchema = z.object({ name: z.string(), id: accountIdSchema });

export interface AccountOwner {
  readonly id: string;
  readonly name: string;
}

export interface AccountListItem extends Account {
  readonly owner: AccountOwner | null;
  readonly actionCounts: ActionStateCounts;
  /** The latest health snapshot; null when the account was never scored. */
  readonly health: AccountHealth | null;
}

export interface AccountListPage {
  readonly items: AccountListItem[];
  readonly nextCursor: string | null;
}

/**
 * One page of the organization's accounts by name.
 *
 * @example
 * const page = await withTenant(db, organizationId, (scope) => listAccountsPage(scope, { search: "acme" }));
 */
export async function listAccountsPage(
  scope: TenantScope,
  rawInput: AccountListInput,
): Promise<AccountListPage> {
  const input = accountListInputSchema.parse(rawInput);
  const after = input.cursor ? decodeCursor(input.cursor, accountCursorSchema) : null;
  const rows = await listAccountsByName(scope, {
    search: input.search || null,
    after,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const accountIds = page.map((row) => row.id);
  const [counts, health] = await Promise.all([
    countActionsByStateForAccounts(scope, accountIds),
    latestHealthForAccounts(scope, accountIds),
  ]);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...toAccount(row),
      owner: ownerOf(row),
      actionCounts: counts.get(row.id) ?? emptyStateCounts(),
      health: health.get(row.id) ?? null,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
  };
}

function ownerOf(row: AccountListRow): AccountOwner | null {
  return row.owner_agent_id && row.owner_name ? { id: row.owner_agent_id, name: row.owner_name } : null;
}

export interface AccountDetails {
  readonly account: Account;
  readonly owner: AccountOwner | null;
  readonly actionCounts: ActionStateCounts;
  /** Primary contact first. */
  readonly contacts: Contact[];
  /** In order, each with its progress. */
  readonly milestones: MilestoneSummary[];
  /** The latest health snapshot; null when the account was never scored. */
  readonly health: AccountHealth | null;
  /** The last six weekly scores, oldest first: the header sparkline. */
  readonly healthHistory: AccountHealth[];
}

/** One account of the organization with its contacts, milestones and health; `NOT_FOUND` for any other id. */
export async function getAccountDetails(scope: TenantScope, accountId: string): Promise<AccountDetails> {
  const account = await getAccount(scope, accountId);
  if (!account) throw notFound("The account");
  const [owner, contacts, milestones, counts, healthHistory] = await Promise.all([
    account.owner_agent_id ? getAgent(scope, account.owner_agent_id) : Promise.resolve(undefined),
    listContacts(scope, account.id),
    listMilestoneProgress(scope, account.id),
    countActionsByStateForAccounts(scope, [account.id]),
    weeklyHealthScores(scope, account.id, HEALTH_TREND_WEEKS),
  ]);
  return {
    account: toAccount(account),
    owner: owner ? { id: owner.id, name: owner.name } : null,
    actionCounts: counts.get(account.id) ?? emptyStateCounts(),
    contacts: contacts.map(toContact),
    milestones: milestones.map(toMilestoneSummary),
    // The newest week's point is the newest snapshot.
    health: healthHistory.at(-1) ?? null,
    healthHistory,
  };
}
