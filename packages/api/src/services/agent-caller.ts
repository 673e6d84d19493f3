import { getAgent, type TrellisDb, withTenant } from "@trellis/db";
import type { AgentId, OrganizationId } from "@trellis/domain";
import type { AgentCaller } from "../trpc.js";

/**
 * The caller an authenticated request acts as, once a session or a token named its agent: the agent's name and
 * role are read inside the agent's own organization, under row-level security. Null when the agent is gone.
 *
 * @example
 * const caller = await agentCaller(db, organizationId, agentId, "token");
 */
export async function agentCaller(
  db: TrellisDb,
  organizationId: OrganizationId,
  agentId: string,
  via: AgentCaller["via"],
): Promise<AgentCaller | null> {
  const agent = await withTenant(db, organizationId, (scope) => getAgent(scope, agentId));
  if (!agent) return null;
  return {
    kind: "agent",
    organizationId,
    agentId: agent.id as AgentId,
    name: agent.name,
    role: agent.role,
    via,
  };
}
