/**
 * Portal tokens (sign-in links and sessions): 32 random bytes, base64url. Only their SHA-256 hashes are stored, so
 * a copy of the database signs nobody in.
 */
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh token: 32 random bytes, base64url (43 characters). */
export function newPortalToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of the token, hex: what the database stores and looks tokens up by. */
export function hashPortalToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string could be a portal token at all (anything else is refused without a lookup). */
export function isPortalTokenShaped(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
