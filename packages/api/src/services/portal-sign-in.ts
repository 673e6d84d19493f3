/**
 * Portal sign-in by magic link: a contact asks for a link by address (rate-limited per address, the same answer
 * whether or not the address is known), signs in with the link's token once within 15 minutes, and holds a
 * 7-day session whose token the portal forwards; signing out revokes it. Tokens exist only in mail and in the
 * portal's cookie (a sign-in link is created only when its mail is sent): the database keeps their SHA-256 hashes.
 */
import { randomUUID } from "node:crypto";
import {
  consumeSignInLink,
  enqueueDelivery,
  findContactForSessionHash,
  findContactsForEmail,
  getPortalContactProfile,
  getPortalSessionId,
  revokePortalSession,
  type TenantScope,
  type TrellisDb,
  withLinkRequests,
  withTenant,
} from "@trellis/db";
import { type AccountId, type ContactId, newId, type OrganizationId } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import type { ContactCaller } from "../trpc.js";
import type { DeliveryPayload } from "./action-event-plan.js";
import { linkRequestDecision, SIGN_IN_LINK_LIMIT } from "./link-request-limit.js";
import { PORTAL_SESSION_TTL_MS } from "./portal-sign-in-policy.js";
import { hashPortalToken, isPortalTokenShaped, newPortalToken } from "./portal-tokens.js";

type SignInDeps = Pick<AppDeps, "db" | "clock" | "mail">;

export interface SignInLinkRequest {
  readonly email: string;
  /** A portal path to land on after signing in. */
  readonly returnTo: string | null;
}

export type SignInLinkAnswer =
  | { readonly sent: true }
  /** Refused by the rate limit; nothing was written. */
  | { readonly sent: false; readonly retryInMinutes: number };

/**
 * Records the request against the address's rate limit, then, for each contact with the address (in any
 * organization), writes a sign-in email to the outbox (the worker creates its link when it sends it) in one
 * transaction per organization. A request over the limit writes nothing. An unknown address is recorded and answered like a known one, so the answer tells
 * nobody which addresses are contacts.
 *
 * @example
 * await requestSignInLink(deps, { email: "ana.silva@acme.com", returnTo: null }); // { sent: true }
 */
export async function requestSignInLink(
  deps: SignInDeps,
  request: SignInLinkRequest,
): Promise<SignInLinkAnswer> {
  const email = request.email.trim().toLowerCase();
  const now = deps.clock.now();
  const decision = await withLinkRequests(
    deps.db,
    email,
    new Date(now.getTime() - SIGN_IN_LINK_LIMIT.windowMs),
    now,
    (times) => linkRequestDecision(times, now),
  );
  if (!decision.record) return { sent: false, retryInMinutes: decision.retryInMinutes };

  const byOrganization = new Map<string, string[]>();
  for (const { organizationId, contactId } of await findContactsForEmail(deps.db, email)) {
    byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), contactId]);
  }
  for (const [organizationId, contactIds] of byOrganization) {
    await withTenant(deps.db, organizationId as OrganizationId, async (scope) => {
      for (const contactId of contactIds)
        await enqueueSignInEmail(deps, scope, contactId, request.returnTo, now);
    });
  }
  return { sent: true };
}

async function enqueueSignInEmail(
  deps: SignInDeps,
  scope: TenantScope,
  contactId: string,
  returnTo: string | null,
  at: Date,
): Promise<void> {
  const contact = await getPortalContactProfile(scope, contactId);
  if (!contact) return;
  // No link yet: the portal sender creates it when it sends the mail, so no live token waits in the outbox.
  const payload: DeliveryPayload = {
    kind: "portal_sign_in",
    from: deps.mail.from,
    recipient: { contactId, email: contact.email, firstName: contact.firstName },
    organizationName: contact.organizationName,
    returnTo,
  };
  await enqueueDelivery(scope, {
    actionId: null,
    channel: "portal",
    // Every request is its own mail.
    idempotencyKey: `portal-sign-in:${randomUUID()}`,
    payload,
    messageIdDomain: deps.mail.messageIdDomain,
    at,
  });
}

export type PortalSignInResult =
  | {
      readonly ok: true;
      readonly sessionToken: string;
      readonly expiresAt: Date;
      readonly returnTo: string | null;
    }
  | { readonly ok: false; readonly reason: "unknown" | "used" | "expired" };

/**
 * Consumes a sign-in link's token and opens a 7-day session, in one statement: of two concurrent sign-ins with
 * the same token exactly one gets a session, the other finds the link used.
 *
 * @example
 * const result = await signInWithLink(deps, token);
 * if (result.ok) setCookie(result.sessionToken, result.expiresAt);
 */
export async function signInWithLink(
  deps: Pick<AppDeps, "db" | "clock">,
  token: string,
): Promise<PortalSignInResult> {
  if (!isPortalTokenShaped(token)) return { ok: false, reason: "unknown" };
  const now = deps.clock.now();
  const sessionToken = newPortalToken();
  const expiresAt = new Date(now.getTime() + PORTAL_SESSION_TTL_MS);
  const outcome = await consumeSignInLink(deps.db, {
    linkHash: hashPortalToken(token),
    sessionId: newId("portalSession"),
    sessionHash: hashPortalToken(sessionToken),
    at: now,
    sessionExpiresAt: expiresAt,
  });
  if (!outcome) return { ok: false, reason: "unknown" };
  if (outcome.outcome !== "ok") return { ok: false, reason: outcome.outcome };
  return { ok: true, sessionToken, expiresAt, returnTo: outcome.returnTo };
}

/**
 * The contact a portal session token stands for, or null for a malformed, unknown, expired or revoked one.
 *
 * @example
 * const caller = await resolvePortalSession(db, headers.get("x-trellis-portal-session"), clock);
 */
export async function resolvePortalSession(
  db: TrellisDb,
  token: string,
  clock: { now(): Date },
): Promise<ContactCaller | null> {
  if (!isPortalTokenShaped(token)) return null;
  const sessionHash = hashPortalToken(token);
  const session = await findContactForSessionHash(db, sessionHash, clock.now());
  if (!session) return null;
  const organizationId = session.organizationId as OrganizationId;
  return withTenant(db, organizationId, async (scope) => {
    const [contact, sessionId] = await Promise.all([
      getPortalContactProfile(scope, session.contactId),
      getPortalSessionId(scope, sessionHash),
    ]);
    if (!contact || !sessionId) return null;
    return {
      kind: "contact",
      organizationId,
      accountId: contact.accountId as AccountId,
      contactId: contact.contactId as ContactId,
      name: `${contact.firstName} ${contact.lastName}`.trim(),
      sessionId,
    };
  });
}

/** Ends the caller's portal session (the others of the same contact stay). */
export async function signOutOfPortal(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  caller: ContactCaller,
): Promise<void> {
  await revokePortalSession(scope, caller.sessionId, deps.clock.now());
}

/** What the portal shows of who is signed in. */
export interface PortalMe {
  readonly contact: { readonly firstName: string; readonly lastName: string; readonly email: string };
  readonly account: { readonly name: string };
  readonly organization: { readonly name: string };
}

/** The signed-in contact, their account and organization by name; null if the contact is gone. */
export async function portalMe(scope: TenantScope, caller: ContactCaller): Promise<PortalMe | null> {
  const profile = await getPortalContactProfile(scope, caller.contactId);
  if (!profile) return null;
  return {
    contact: { firstName: profile.firstName, lastName: profile.lastName, email: profile.email },
    account: { name: profile.accountName },
    organization: { name: profile.organizationName },
  };
}
