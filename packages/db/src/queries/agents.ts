import type { Agent } from "@trellis/domain";
import type { AgentRow } from "../tables/agents.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

export function toAgent(row: AgentRow): Agent {
  return {
    id: row.id as Agent["id"],
    organizationId: row.organization_id as Agent["organizationId"],
    name: row.name,
    email: row.email,
    role: row.role,
    timeZone: row.time_zone,
    createdAt: iso(row.created_at),
  };
}

export async function getAgent(scope: TenantScope, id: string): Promise<AgentRow | undefined> {
  return scope.db
    .selectFrom("agents")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}
