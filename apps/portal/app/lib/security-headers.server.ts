/**
 * The headers every portal document is sent with: a nonce-based Content-Security-Policy (no inline script but
 * React Router's own, no plugins, no framing, forms only to the portal), no Referer (sign-in links carry their
 * token in the URL) and no MIME sniffing.
 */
import { randomBytes } from "node:crypto";

/** A fresh CSP nonce for one response (16 random bytes, base64). */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of a document whose scripts carry `nonce`.
 *
 * @example
 * contentSecurityPolicy("abc"); // "default-src 'self'; script-src 'self' 'nonce-abc'; …"
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sets the security headers of a document response on `headers`. */
export function setDocumentSecurityHeaders(headers: Headers, nonce: string): void {
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  headers.set("Referrer-Policy", "no-referrer");
  headers.set("X-Content-Type-Options", "nosniff");
}
