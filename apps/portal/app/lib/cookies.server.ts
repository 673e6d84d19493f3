/**
 * The portal's cookies: the contact's session (`trellis_portal_session`, 7 days) and the pre-sign-in CSRF seed
 * (`trellis_portal_csrf`). Both HttpOnly and SameSite=Lax; Secure everywhere except a portal served over plain
 * http on localhost, where browsers would drop a Secure cookie.
 */
export const SESSION_COOKIE = "trellis_portal_session";
export const CSRF_COOKIE = "trellis_portal_csrf";
/** How long a portal session lasts (the API's sessions last 7 days too). */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export interface CookieOptions {
  readonly httpOnly: true;
  readonly sameSite: "Lax";
  readonly path: "/";
  readonly secure: boolean;
  readonly maxAgeSeconds?: number;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether cookies for a portal at `portalOrigin` must be Secure: everywhere but http on localhost. */
export function needsSecureCookies(portalOrigin: string): boolean {
  const url = new URL(portalOrigin);
  return !(url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname));
}

/**
 * The options of the portal's cookies for a portal at `portalOrigin`.
 *
 * @example
 * cookieOptions("https://portal.example.com", SESSION_MAX_AGE_SECONDS).secure; // true
 */
export function cookieOptions(portalOrigin: string, maxAgeSeconds?: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: needsSecureCookies(portalOrigin),
    ...(maxAgeSeconds === undefined ? {} : { maxAgeSeconds }),
  };
}

/**
 * A Set-Cookie header value. Values are base64url tokens; anything else is refused rather than encoded.
 *
 * @example
 * serializeCookie("trellis_portal_csrf", "abc", cookieOptions("http://localhost:5174"));
 * // "trellis_portal_csrf=abc; Path=/; HttpOnly; SameSite=Lax"
 */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new Error(`cookie ${name} holds a value that is not base64url`);
  const parts = [`${name}=${value}`, `Path=${options.path}`];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  parts.push("HttpOnly", `SameSite=${options.sameSite}`);
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

/** A Set-Cookie header value that deletes the cookie. */
export function expiredCookie(name: string, portalOrigin: string): string {
  return serializeCookie(name, "", cookieOptions(portalOrigin, 0));
}

/** The value of cookie `name` in a Cookie request header, or null. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(";")) {
    const separator = pair.indexOf("=");
    if (separator === -1) continue;
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim() || null;
  }
  return null;
}
