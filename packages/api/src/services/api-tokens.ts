/**
 * API tokens for platform engineers: `trl_` + 32 random bytes (base64url). Only the SHA-256 hash is stored, so
 * the plaintext is shown once, at creation. A token acts as the agent who created it, in that agent's organization.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  type ApiToken,
  findAgentForTokenHash,
  insertApiToken,
  type TenantScope,
  type TrellisDb,
  toApiToken,
} from "@trellis/db";
import { type AgentId, type Clock, type OrganizationId, systemClock } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import type { AgentCaller } from "../trpc.js";
import { agentCaller } from "./agent-caller.js";

export const API_TOKEN_PREFIX = "trl_";
const TOKEN_PATTERN = /^trl_[A-Za-z0-9_-]{43}$/;

/** A new token: its plaintext (shown once) and its listing. */
export interface CreatedApiToken {
  readonly token: string;
  readonly apiToken: ApiToken;
}

/** SHA-256 of the token, hex: what the database stores and looks tokens up by. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Creates a token for the agent and returns its plaintext once.
 *
 * @example
 * const { token } = await withTenant(db, organizationId, (scope) => createApiToken(deps, scope, agentId, "CI sync"));
 * // token: "trl_Jx3…" — send it as `Authorization: Bearer trl_Jx3…`
 */
export async function createApiToken(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  agentId: AgentId,
  name: string,
): Promise<CreatedApiToken> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await insertApiToken(scope, {
    agentId,
    name,
    tokenHash: hashApiToken(token),
    at: deps.clock.now(),
  });
  return { token, apiToken: toApiToken(row) };
}

/**
 * The agent an `Authorization: Bearer` token stands for, or null for a malformed, unknown or revoked token.
 * Records the token's use (`last_used_at`, at most once a minute).
 *
 * @example
 * const caller = await resolveApiToken(db, bearer); // { kind: "agent", via: "token", … } or null
 */
export async function resolveApiToken(
  db: TrellisDb,
  token: string,
  clock: Clock = systemClock,
): Promise<AgentCaller | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const found = await findAgentForTokenHash(db, hashApiToken(token), clock.now());
  if (!found) return null;
  return agentCaller(db, found.organizationId as OrganizationId, found.agentId, "token");
}
