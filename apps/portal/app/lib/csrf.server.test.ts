import { describe, expect, it } from "vitest";
import { csrfToken, isValidCsrfToken, newCsrfSeed } from "./csrf.server";

describe("CSRF tokens", () => {
  const secret = "portal-secret";

  it("is the HMAC-SHA256 of the seed, base64url", () => {
    // echo -n session-token | openssl dgst -sha256 -hmac portal-secret -binary | basenc --base64url
    expect(csrfToken(secret, "session-token")).toBe("ihCo0RIVjMXeCGi89-q3XW-dN0dx5pzSsR16mcFOeCw");
    expect(csrfToken(secret, "session-token")).toBe(csrfToken(secret, "session-token"));
    expect(csrfToken(secret, "session-token")).not.toBe(csrfToken(secret, "other-token"));
    expect(csrfToken("another-secret", "session-token")).not.toBe(csrfToken(secret, "session-token"));
  });

  it("accepts the token of the seed", () => {
    expect(isValidCsrfToken(secret, "seed", csrfToken(secret, "seed"))).toBe(true);
  });

  it.each([
    ["another seed's token", "seed", csrfToken("portal-secret", "other")],
    ["another secret's token", "seed", csrfToken("other-secret", "seed")],
    ["a truncated token", "seed", csrfToken("portal-secret", "seed").slice(1)],
    ["an empty token", "seed", ""],
    ["no token", "seed", null],
    ["a file instead of text", "seed", new File([], "csrf")],
    ["no seed (no cookie)", null, csrfToken("portal-secret", "")],
  ])("refuses %s", (_, seed, submitted) => {
    expect(isValidCsrfToken(secret, seed, submitted)).toBe(false);
  });

  it("makes unguessable cookie seeds", () => {
    const seeds = new Set(Array.from({ length: 20 }, newCsrfSeed));
    expect(seeds.size).toBe(20);
    for (const seed of seeds) expect(seed).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
