import { describe, expect, it } from "vitest";
import {
  CSRF_COOKIE,
  cookieOptions,
  expiredCookie,
  needsSecureCookies,
  readCookie,
  SESSION_COOKIE,
  SESSION_MAX_AGE_SECONDS,
  serializeCookie,
} from "./cookies.server";

describe("portal cookies", () => {
  it("sets the session cookie HttpOnly, SameSite=Lax, on every path, for 7 days, Secure on https", () => {
    const header = serializeCookie(
      SESSION_COOKIE,
      "tok_abc",
      cookieOptions("https://portal.example.com", SESSION_MAX_AGE_SECONDS),
    );
    expect(header).toBe(
      "trellis_portal_session=tok_abc; Path=/; Max-Age=604800; HttpOnly; SameSite=Lax; Secure",
    );
  });

  it.each([
    ["http://localhost:5174", false],
    ["http://127.0.0.1:5174", false],
    ["http://[::1]:5174", false],
    ["https://localhost:5174", true],
    ["http://portal.example.com", true],
    ["http://10.0.0.5:5174", true],
    ["https://portal.example.com", true],
  ])("a portal at %s has Secure cookies: %s", (origin, secure) => {
    expect(needsSecureCookies(origin)).toBe(secure);
    expect(serializeCookie(CSRF_COOKIE, "x", cookieOptions(origin)).endsWith("; Secure")).toBe(secure);
  });

  it("deletes a cookie with Max-Age=0", () => {
    expect(expiredCookie(SESSION_COOKIE, "http://localhost:5174")).toBe(
      "trellis_portal_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
    );
  });

  it("refuses values that would need encoding (no header injection)", () => {
    expect(() =>
      serializeCookie(SESSION_COOKIE, "a; Domain=evil.test", cookieOptions("https://p.test")),
    ).toThrow(/not base64url/);
  });

  it("reads one cookie out of a Cookie header", () => {
    const header = "theme=dark; trellis_portal_session=tok_1; trellis_portal_csrf=seed-2";
    expect(readCookie(header, SESSION_COOKIE)).toBe("tok_1");
    expect(readCookie(header, CSRF_COOKIE)).toBe("seed-2");
    expect(readCookie(header, "missing")).toBeNull();
    expect(readCookie("trellis_portal_session=", SESSION_COOKIE)).toBeNull();
    expect(readCookie(null, SESSION_COOKIE)).toBeNull();
  });
});
