/**
 * From a signed-in better-auth user to the agent they act as. The user → agent link crosses tenants, so it goes
 * through the security-definer `trellis_agent_for_user`; the agent's name and role are then read inside that
 * agent's own organization, under row-level security.
 */

import { type AgentCaller, agentCaller } from "@trellis/api";
import type { TrellisDb } from "@trellis/db";
import type { OrganizationId } from "@trellis/domain";
import { sql } from "kysely";

/**
 * The caller for a better-auth user id, or null when the user is linked to no agent.
 *
 * @example
 * const caller = await agentCallerForUser(db, session.user.id); // { kind: "agent", role: "admin", via: "session", … }
 */
export async function agentCallerForUser(db: TrellisDb, userId: string): Promise<AgentCaller | null> {
  const link = await sql<{ organization_id: string; agent_id: string }>`
    select organization_id, agent_id from trellis_agent_for_user(${userId})`.execute(db);
  const found = link.rows[0];
  if (!found) return null;
  return agentCaller(db, found.organization_id as OrganizationId, found.agent_id, "session");
}
