/**
 * Who is calling the API: a portal session forwarded by the portal's server in `x-trellis-portal-session` (a
 * customer contact), else an `Authorization: Bearer trl_…` API token (platform engineers), else the better-auth
 * session cookie (agents in the workspace), else nobody. A request that presents a portal session or a token is
 * judged by it alone, so a bad one is never rescued by a cookie that happens to ride along.
 */
import { type AgentCaller, type Caller, resolvePortalSession } from "@trellis/api";
import type { TrellisDb } from "@trellis/db";
import type { Clock } from "@trellis/domain";
import { agentCallerForUser } from "./agent-caller.js";
import type { Auth } from "./auth.js";

/** Resolves an API token to its agent (the apiTokens service's `resolveApiToken`), or null when unknown/revoked. */
export type ApiTokenResolver = (db: TrellisDb, token: string) => Promise<AgentCaller | null>;

export interface CallerSources {
  readonly db: TrellisDb;
  readonly auth: Auth;
  readonly resolveApiToken: ApiTokenResolver;
  /** Portal sessions expire by this clock. */
  readonly clock: Clock;
}

/** The header in which the portal's server forwards the contact's session token. */
export const PORTAL_SESSION_HEADER = "x-trellis-portal-session";

const ANONYMOUS: Caller = { kind: "anonymous" };
const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The caller a request's headers identify.
 *
 * @example
 * const caller = await resolveCaller(sources, c.req.raw.headers);
 */
export async function resolveCaller(sources: CallerSources, headers: Headers): Promise<Caller> {
  const portalSession = headers.get(PORTAL_SESSION_HEADER);
  if (portalSession !== null) {
    return (await resolvePortalSession(sources.db, portalSession.trim(), sources.clock)) ?? ANONYMOUS;
  }
  const authorization = headers.get("authorization");
  if (authorization) {
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token) return ANONYMOUS;
    return (await sources.resolveApiToken(sources.db, token)) ?? ANONYMOUS;
  }
  if (!headers.get("cookie")) return ANONYMOUS;
  const session = await sources.auth.api.getSession({ headers });
  if (!session) return ANONYMOUS;
  return (await agentCallerForUser(sources.db, session.user.id)) ?? ANONYMOUS;
}
