/**
 * Stored health snapshots: written when a score is computed (the demo seed now, refresh jobs later), read as each
 * listed account's latest score and as an account's recent weekly scores for the header sparkline.
 */
import type { HealthIndicatorResult, HealthStatus } from "@trellis/domain";
import { newId } from "@trellis/domain";
import { sql } from "kysely";
import type { HealthSnapshotRow } from "../tables/health-snapshots.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

/** A scored health snapshot to store: computations without any data are not stored. */
export interface NewHealthSnapshot {
  readonly accountId: string;
  readonly takenAt: Date;
  readonly score: number;
  readonly status: HealthStatus;
  readonly indicators: readonly HealthIndicatorResult[];
}

/** An account's health at one instant, as lists and sparklines show it. */
export interface AccountHealth {
  readonly score: number;
  readonly status: HealthStatus;
  readonly takenAt: string;
}

function toAccountHealth(row: Pick<HealthSnapshotRow, "score" | "status" | "taken_at">): AccountHealth {
  return { score: row.score, status: row.status, takenAt: iso(row.taken_at) };
}

/** Stores snapshots in one statement; returns their ids in the order given. */
export async function insertHealthSnapshots(
  scope: TenantScope,
  snapshots: readonly NewHealthSnapshot[],
): Promise<string[]> {
  if (snapshots.length === 0) return [];
  const rows = snapshots.map((snapshot) => ({
    id: newId("healthSnapshot"),
    organization_id: scope.organizationId,
    account_id: snapshot.accountId,
    taken_at: snapshot.takenAt,
    score: snapshot.score,
    status: snapshot.status,
    indicators: JSON.stringify(snapshot.indicators),
  }));
  await scope.db.insertInto("health_snapshots").values(rows).execute();
  return rows.map((row) => row.id);
}

/** The newest snapshot of each of these accounts, in one statement; accounts never scored are absent. */
export async function latestHealthForAccounts(
  scope: TenantScope,
  accountIds: readonly string[],
): Promise<Map<string, AccountHealth>> {
  if (accountIds.length === 0) return new Map();
  const rows = await scope.db
    .selectFrom("health_snapshots")
    .distinctOn("account_id")
    .select(["account_id", "score", "status", "taken_at"])
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "in", [...accountIds])
    .orderBy("account_id")
    .orderBy("taken_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return new Map(rows.map((row) => [row.account_id, toAccountHealth(row)]));
}

/**
 * An account's last `weeks` weekly scores, oldest first: the newest snapshot of each UTC week (Monday to Sunday),
 * so an on-demand refresh mid-week replaces that week's point instead of adding one.
 */
export async function weeklyHealthScores(
  scope: TenantScope,
  accountId: string,
  weeks: number,
): Promise<AccountHealth[]> {
  const week = sql`date_trunc('week', taken_at at time zone 'UTC')`;
  const rows = await scope.db
    .selectFrom("health_snapshots")
    .distinctOn(week)
    .select(["score", "status", "taken_at"])
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "=", accountId)
    .orderBy(week, "desc")
    .orderBy("taken_at", "desc")
    .orderBy("id", "desc")
    .limit(weeks)
    .execute();
  return rows.map(toAccountHealth).reverse();
}
