// @vitest-environment node
// Server code: Node's fetch types, not the browser's, which hide Origin and Set-Cookie.
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxyToApi, upstreamHeaders } from "./proxy-to-api.server";

const API = "http://127.0.0.1:3000";

afterEach(() => vi.unstubAllGlobals());

describe("upstreamHeaders", () => {
  it("rewrites the workspace's own Origin to the API's and drops hop-by-hop headers", () => {
    const request = new Request("http://localhost:5173/api/auth/sign-out", {
      method: "POST",
      headers: { origin: "http://localhost:5173", cookie: "s=1", connection: "keep-alive" },
    });
    const headers = upstreamHeaders(request, API);
    expect(headers?.get("origin")).toBe(API);
    expect(headers?.get("cookie")).toBe("s=1");
    expect(headers?.get("connection")).toBeNull();
    expect(headers?.get("x-forwarded-host")).toBe("localhost:5173");
  });

  it("refuses a request from another origin", () => {
    const request = new Request("http://localhost:5173/trpc/actions.execute", {
      method: "POST",
      headers: { origin: "http://evil.test" },
    });
    expect(upstreamHeaders(request, API)).toBeNull();
  });
});

describe("proxyToApi", () => {
  it("forwards path, query and body, and relays every Set-Cookie", async () => {
    const upstream = new Headers([
      ["set-cookie", "a=1; Path=/"],
      ["set-cookie", "b=2; Path=/"],
      ["content-type", "application/json"],
    ]);
    const fetch = vi.fn(
      async (_url: string, _init: RequestInit) => new Response('{"ok":true}', { headers: upstream }),
    );
    vi.stubGlobal("fetch", fetch);
    const response = await proxyToApi(
      new Request("http://localhost:5173/api/auth/sign-in/email?x=1", {
        method: "POST",
        body: '{"email":"a"}',
      }),
      API,
    );
    expect(fetch.mock.calls[0]?.[0]).toBe(`${API}/api/auth/sign-in/email?x=1`);
    expect(new TextDecoder().decode(fetch.mock.calls[0]?.[1].body as ArrayBuffer)).toBe('{"email":"a"}');
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("answers 403 without calling the API for a cross-origin request", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const response = await proxyToApi(
      new Request("http://localhost:5173/trpc/x", {
        method: "POST",
        headers: { origin: "http://evil.test" },
      }),
      API,
    );
    expect(response.status).toBe(403);
    expect(fetch).not.toHaveBeenCalled();
  });
});
