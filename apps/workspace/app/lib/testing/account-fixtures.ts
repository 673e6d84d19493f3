/** Accounts as `accounts.list` returns them, for component and sorting tests. */
import type { HealthStatus, RiskLevel } from "@trellis/domain";
import type { AccountListItem } from "../account-sort";

interface AccountFixture {
  readonly name: string;
  readonly arrMinor?: number;
  readonly risk?: RiskLevel;
  readonly ready?: number;
  /** The latest health; not scored when left out. */
  readonly health?: { readonly score: number; readonly status: HealthStatus };
}

/** One account list row with the given name, ARR, risk, ready count and health; everything else plausible. */
export function accountListItem(fixture: AccountFixture): AccountListItem {
  const slug = fixture.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return {
    id: `acc_${slug}` as AccountListItem["id"],
    organizationId: "org_test" as AccountListItem["organizationId"],
    name: fixture.name,
    domains: [`${slug}.test`],
    arr: { amountMinor: fixture.arrMinor ?? 1_000_00, currency: "USD" },
    risk: fixture.risk ?? "low",
    ownerAgentId: null,
    startedAt: "2025-01-06T09:00:00.000Z",
    customFields: {},
    createdAt: "2025-01-06T09:00:00.000Z",
    owner: null,
    actionCounts: {
      pending: 2,
      ready: fixture.ready ?? 0,
      review_pending: 0,
      executed: 1,
      completed: 3,
      skipped: 0,
    },
    health: fixture.health ? { ...fixture.health, takenAt: "2026-03-02T00:00:00.000Z" } : null,
  };
}
