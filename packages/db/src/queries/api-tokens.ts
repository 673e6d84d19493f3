import type { AgentId } from "@trellis/domain";
import { newId } from "@trellis/domain";
import { sql } from "kysely";
import type { TrellisDb } from "../database.js";
import type { ApiTokenRow } from "../tables/api-tokens.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

/** An API token as listed: never its secret, nor its hash. */
export interface ApiToken {
  readonly id: string;
  readonly agentId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    agentId: row.agent_id,
    name: row.name,
    createdAt: iso(row.created_at),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}

export async function insertApiToken(
  scope: TenantScope,
  token: { agentId: AgentId; name: string; tokenHash: string; at: Date },
): Promise<ApiTokenRow> {
  return scope.db
    .insertInto("api_tokens")
    .values({
      id: newId("apiToken"),
      organization_id: scope.organizationId,
      agent_id: token.agentId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: token.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The organization's tokens, newest first; only one agent's when `agentId` is given. */
export async function listApiTokens(scope: TenantScope, agentId: AgentId | null): Promise<ApiTokenRow[]> {
  let query = scope.db
    .selectFrom("api_tokens")
    .selectAll()
    .where("organization_id", "=", scope.organizationId);
  if (agentId) query = query.where("agent_id", "=", agentId);
  return query.orderBy("created_at", "desc").orderBy("id", "desc").execute();
}

export async function getApiToken(scope: TenantScope, id: string): Promise<ApiTokenRow | undefined> {
  return scope.db
    .selectFrom("api_tokens")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Revokes a token (once: the first revocation time is kept) and returns it. */
export async function revokeApiToken(
  scope: TenantScope,
  id: string,
  at: Date,
): Promise<ApiTokenRow | undefined> {
  return scope.db
    .updateTable("api_tokens")
    .set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.val(at)) }))
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
}

/**
 * The agent a live (unrevoked) token belongs to, across organizations, recording its use: the one lookup that runs
 * before any tenant is known, through the security-definer function `trellis_agent_for_token`.
 */
export async function findAgentForTokenHash(
  db: TrellisDb,
  tokenHash: string,
  at: Date,
): Promise<{ organizationId: string; agentId: string } | undefined> {
  const result = await sql<{ organization_id: string; agent_id: string }>`
    select organization_id, agent_id from trellis_agent_for_token(${tokenHash}, ${at})
  `.execute(db);
  const row = result.rows[0];
  return row ? { organizationId: row.organization_id, agentId: row.agent_id } : undefined;
}
