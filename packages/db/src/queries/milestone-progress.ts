/** An account's milestones in order, each with how many of its actions are in each state and its open blockers. */
import type { MilestoneRow } from "../tables/milestones.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { type ActionStateCounts, emptyStateCounts } from "./account-listing.js";

export interface MilestoneProgressRow {
  milestone: MilestoneRow;
  counts: ActionStateCounts;
  /** Blocker actions not completed yet: the milestone cannot complete while there are any. */
  openBlockers: number;
}

/** The account's milestones by position, with their action counts (two queries, however many milestones). */
export async function listMilestoneProgress(
  scope: TenantScope,
  accountId: string,
): Promise<MilestoneProgressRow[]> {
  const milestones = await scope.db
    .selectFrom("milestones")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "=", accountId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  if (milestones.length === 0) return [];
  const rows = await scope.db
    .selectFrom("actions")
    .select((eb) => [
      "milestone_id",
      "state",
      eb.fn.countAll<string>().as("count"),
      eb.fn
        .count<string>("id")
        .filterWhere((filter) =>
          filter.and([filter("blocker", "=", true), filter("state", "!=", "completed")]),
        )
        .as("open_blockers"),
    ])
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "=", accountId)
    .groupBy(["milestone_id", "state"])
    .execute();
  const progress = new Map(
    milestones.map((milestone) => [
      milestone.id,
      { milestone, counts: emptyStateCounts(), openBlockers: 0 } satisfies MilestoneProgressRow,
    ]),
  );
  for (const row of rows) {
    const entry = progress.get(row.milestone_id);
    if (!entry) continue;
    entry.counts[row.state] = Number(row.count);
    entry.openBlockers += Number(row.open_blockers);
  }
  return [...progress.values()];
}
