/**
 * CSRF tokens: every form carries `csrf` = HMAC-SHA256(secret, the contact's session token), or before sign-in
 * HMAC of a random `trellis_portal_csrf` cookie (double submit). Another site can make a browser send the cookies,
 * but cannot read them or the page, so it cannot compute the field.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The name of the hidden form field. */
export const CSRF_FIELD = "csrf";

/**
 * The token forms must carry for this seed (a session token or the CSRF cookie's value).
 *
 * @example
 * csrfToken("secret", sessionToken); // "2n3T…" (43 base64url characters)
 */
export function csrfToken(secret: string, seed: string): string {
  return createHmac("sha256", secret).update(seed).digest("base64url");
}

/** Whether `submitted` is the token of `seed`, compared in constant time; false when either is missing. */
export function isValidCsrfToken(secret: string, seed: string | null, submitted: unknown): boolean {
  if (!seed || typeof submitted !== "string" || submitted.length === 0) return false;
  const expected = Buffer.from(csrfToken(secret, seed));
  const given = Buffer.from(submitted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A fresh random value for the `trellis_portal_csrf` cookie (32 bytes, base64url). */
export function newCsrfSeed(): string {
  return randomBytes(32).toString("base64url");
}
