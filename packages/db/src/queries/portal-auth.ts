/**
 * Portal sign-in's queries: the cross-tenant steps run through the security-definer functions of migration 0007
 * (an address or a token names no tenant yet); everything else runs in the contact's tenant scope.
 */
import { newId } from "@trellis/domain";
import { sql } from "kysely";
import type { TrellisDb } from "../database.js";
import type { TenantScope } from "../tenant-scope.js";

/** A contact with the address, in some organization. */
export interface ContactForEmail {
  organizationId: string;
  contactId: string;
}

/** Every contact, in every organization, whose address is `email` (compared case-insensitively). */
export async function findContactsForEmail(db: TrellisDb, email: string): Promise<ContactForEmail[]> {
  const result = await sql<{ organization_id: string; contact_id: string }>`
    select organization_id, contact_id from trellis_contacts_for_email(${email})
  `.execute(db);
  return result.rows.map((row) => ({ organizationId: row.organization_id, contactId: row.contact_id }));
}

export interface NewSignInLink {
  contactId: string;
  tokenHash: string;
  returnTo: string | null;
  at: Date;
  expiresAt: Date;
}

/** Stores a sign-in link (its token's hash only) for a contact of the scope's organization; returns its id. */
export async function insertSignInLink(scope: TenantScope, link: NewSignInLink): Promise<string> {
  const id = newId("portalSignInLink");
  await scope.db
    .insertInto("portal_sign_in_links")
    .values({
      id,
      organization_id: scope.organizationId,
      contact_id: link.contactId,
      token_hash: link.tokenHash,
      return_to: link.returnTo,
      created_at: link.at,
      expires_at: link.expiresAt,
    })
    .execute();
  return id;
}

export interface PortalSignInAttempt {
  linkHash: string;
  sessionId: string;
  sessionHash: string;
  at: Date;
  sessionExpiresAt: Date;
}

/** What consuming a sign-in link came to; `ok` means the session was opened. */
export interface PortalSignInOutcome {
  organizationId: string;
  contactId: string;
  returnTo: string | null;
  outcome: "ok" | "used" | "expired";
}

/**
 * Consumes a sign-in link and opens the session in one statement (`trellis_portal_sign_in`); undefined for an
 * unknown link. Two concurrent uses of one link take turns on its row lock: the second sees it used.
 */
export async function consumeSignInLink(
  db: TrellisDb,
  attempt: PortalSignInAttempt,
): Promise<PortalSignInOutcome | undefined> {
  const result = await sql<{
    organization_id: string;
    contact_id: string;
    return_to: string | null;
    outcome: PortalSignInOutcome["outcome"];
  }>`
    select organization_id, contact_id, return_to, outcome from trellis_portal_sign_in(
      ${attempt.linkHash}, ${attempt.sessionId}, ${attempt.sessionHash}, ${attempt.at}, ${attempt.sessionExpiresAt}
    )
  `.execute(db);
  const row = result.rows[0];
  return row
    ? {
        organizationId: row.organization_id,
        contactId: row.contact_id,
        returnTo: row.return_to,
        outcome: row.outcome,
      }
    : undefined;
}

/** The live (unrevoked, unexpired) session a token hash opens. */
export interface LivePortalSession {
  organizationId: string;
  contactId: string;
  accountId: string;
}

/** The contact a live session belongs to, across organizations; undefined for an unknown, revoked or expired one. */
export async function findContactForSessionHash(
  db: TrellisDb,
  sessionHash: string,
  at: Date,
): Promise<LivePortalSession | undefined> {
  const result = await sql<{ organization_id: string; contact_id: string; account_id: string }>`
    select organization_id, contact_id, account_id from trellis_contact_for_portal_session(${sessionHash}, ${at})
  `.execute(db);
  const row = result.rows[0];
  return row
    ? { organizationId: row.organization_id, contactId: row.contact_id, accountId: row.account_id }
    : undefined;
}

/** The id of the session a token hash opens, within the scope's organization (signing out ends exactly this one). */
export async function getPortalSessionId(
  scope: TenantScope,
  sessionHash: string,
): Promise<string | undefined> {
  const row = await scope.db
    .selectFrom("portal_sessions")
    .select("id")
    .where("organization_id", "=", scope.organizationId)
    .where("token_hash", "=", sessionHash)
    .executeTakeFirst();
  return row?.id;
}

/** Revokes a session; returns false when it was revoked already (or is not the scope's). */
export async function revokePortalSession(scope: TenantScope, sessionId: string, at: Date): Promise<boolean> {
  const revoked = await scope.db
    .updateTable("portal_sessions")
    .set({ revoked_at: at })
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  return revoked !== undefined;
}

/** A contact as the portal names them: who, which account, which organization. */
export interface PortalContactProfile {
  contactId: string;
  accountId: string;
  firstName: string;
  lastName: string;
  email: string;
  accountName: string;
  organizationName: string;
}

/** The contact with their account's and organization's names; undefined when not the scope's. */
export async function getPortalContactProfile(
  scope: TenantScope,
  contactId: string,
): Promise<PortalContactProfile | undefined> {
  const row = await scope.db
    .selectFrom("contacts")
    .innerJoin("accounts", "accounts.id", "contacts.account_id")
    .innerJoin("organizations", "organizations.id", "contacts.organization_id")
    .select([
      "contacts.id as contact_id",
      "contacts.account_id",
      "contacts.first_name",
      "contacts.last_name",
      "contacts.email",
      "accounts.name as account_name",
      "organizations.name as organization_name",
    ])
    .where("contacts.organization_id", "=", scope.organizationId)
    .where("contacts.id", "=", contactId)
    .executeTakeFirst();
  return row
    ? {
        contactId: row.contact_id,
        accountId: row.account_id,
        firstName: row.first_name,
        lastName: row.last_name,
        email: row.email,
        accountName: row.account_name,
        organizationName: row.organization_name,
      }
    : undefined;
}
