import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, setDocumentSecurityHeaders } from "./security-headers.server";

describe("document security headers", () => {
  it("allows only the portal's own and nonce-carrying scripts, no plugins, no framing", () => {
    expect(contentSecurityPolicy("n0nce")).toBe(
      "default-src 'self'; script-src 'self' 'nonce-n0nce'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it("sets the CSP, no Referer and nosniff", () => {
    const headers = new Headers({ "Content-Type": "text/html" });
    setDocumentSecurityHeaders(headers, "abc");
    expect(headers.get("content-security-policy")).toContain("'nonce-abc'");
    expect(headers.get("referrer-policy")).toBe("no-referrer");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("uses a new nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
