// @vitest-environment node
// Node's Request keeps the Origin header (a browser-like environment would drop it as forbidden).
import { describe, expect, it } from "vitest";
import { csrfToken } from "./csrf.server";
import type { PortalRequest } from "./portal-context.server";
import { FORGED_POST_MESSAGE, isSameOriginPost, readProtectedForm } from "./protected-form.server";

const PORTAL_ORIGIN = "http://127.0.0.1:5174";
const portal = {
  sessionToken: "session-1",
  csrfSeed: "session-1",
  csrfToken: csrfToken("secret", "session-1"),
  origin: PORTAL_ORIGIN,
  secret: "secret",
} as PortalRequest;

function post(fields: Record<string, string>, origin?: string): Request {
  return new Request(`${PORTAL_ORIGIN}/feedback`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: origin ? { origin } : {},
  });
}

async function refusal(request: Request): Promise<unknown> {
  return readProtectedForm(request, portal).then(
    () => null,
    (error: unknown) => error,
  );
}

describe("readProtectedForm", () => {
  it("reads a same-origin post carrying the session's token", async () => {
    const form = await readProtectedForm(post({ csrf: portal.csrfToken, score: "9" }, PORTAL_ORIGIN), portal);
    expect(form.get("score")).toBe("9");
  });

  it("relies on the token alone when the browser sends no Origin", async () => {
    expect(isSameOriginPost(post({}), PORTAL_ORIGIN)).toBe(true);
    expect(await refusal(post({ csrf: portal.csrfToken }))).toBeNull();
  });

  it.each([
    ["another site", "https://evil.test"],
    ["another port", "http://127.0.0.1:9999"],
    ["an opaque origin", "null"],
  ])("refuses a post from %s even with a valid token", async (_, origin) => {
    expect(await refusal(post({ csrf: portal.csrfToken }, origin))).toMatchObject({
      data: FORGED_POST_MESSAGE,
      init: { status: 403 },
    });
  });

  it.each([
    ["a missing token", {}],
    ["a wrong token", { csrf: "forged" }],
    ["the token of another session", { csrf: csrfToken("secret", "session-2") }],
  ])("refuses %s with 403", async (_, fields) => {
    expect(await refusal(post(fields, PORTAL_ORIGIN))).toMatchObject({ init: { status: 403 } });
  });
});
