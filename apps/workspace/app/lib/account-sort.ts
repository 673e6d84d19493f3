/**
 * How the accounts list is ordered, read from the URL (`?sort=arr`). Each order has the direction an agent wants
 * first: names A–Z, the largest ARR, the highest risk, the weakest health and the most ready actions on top.
 */

import type { RouterOutputs } from "@trellis/client";
import type { RiskLevel } from "@trellis/domain";

export type AccountListItem = RouterOutputs["accounts"]["list"]["items"][number];

export const ACCOUNT_SORTS = ["name", "arr", "risk", "health", "ready"] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

export const ACCOUNT_SORT_LABELS: Record<AccountSort, string> = {
  name: "Name (A–Z)",
  arr: "ARR (highest first)",
  risk: "Risk (highest first)",
  health: "Health (weakest first)",
  ready: "Ready actions (most first)",
};

const RISK_RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** The sort named in the URL, or `name` for anything else. */
export function parseAccountSort(value: string | null): AccountSort {
  return ACCOUNT_SORTS.find((sort) => sort === value) ?? "name";
}

const byName = (a: AccountListItem, b: AccountListItem) => a.name.localeCompare(b.name);

/** The weakest score first; accounts never scored go last, as there is nothing to act on yet. */
function byHealth(a: AccountListItem, b: AccountListItem): number {
  if (a.health && b.health) return a.health.score - b.health.score || byName(a, b);
  if (a.health || b.health) return a.health ? -1 : 1;
  return byName(a, b);
}

const COMPARATORS: Record<AccountSort, (a: AccountListItem, b: AccountListItem) => number> = {
  name: byName,
  // Currencies are compared by minor units; a mixed-currency book would need exchange rates first.
  arr: (a, b) => b.arr.amountMinor - a.arr.amountMinor || byName(a, b),
  risk: (a, b) => RISK_RANK[b.risk] - RISK_RANK[a.risk] || byName(a, b),
  health: byHealth,
  ready: (a, b) => b.actionCounts.ready - a.actionCounts.ready || byName(a, b),
};

/** A sorted copy of the accounts; ties fall back to the name so the order is stable. */
export function sortAccounts(accounts: readonly AccountListItem[], sort: AccountSort): AccountListItem[] {
  return [...accounts].sort(COMPARATORS[sort]);
}
