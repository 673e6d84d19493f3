import type { Milestone } from "@trellis/domain";
import type { MilestoneRow } from "../tables/milestones.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

export function toMilestone(row: MilestoneRow): Milestone {
  return {
    id: row.id as Milestone["id"],
    organizationId: row.organization_id as Milestone["organizationId"],
    accountId: row.account_id as Milestone["accountId"],
    key: row.key,
    name: row.name,
    description: row.description,
    position: row.position,
    startsAt: iso(row.starts_at),
    completedAt: iso(row.completed_at),
    createdAt: iso(row.created_at),
  };
}

export async function getMilestone(scope: TenantScope, id: string): Promise<MilestoneRow | undefined> {
  return scope.db
    .selectFrom("milestones")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}
