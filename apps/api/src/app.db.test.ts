import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type AppRouter, resolveApiToken, seedDemo } from "@trellis/api";
import { createTestWorld, type TestWorld } from "@trellis/api/testing";
import { createTrellisClient, TRPCClientError } from "@trellis/client";
import { type OpenDatabase, withTenant } from "@trellis/db";
import { openTestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { createAuth } from "./auth.js";

const SECRET = "test-secret-test-secret-test-secret-0123";
const PASSWORD = "correct horse battery";
const silent = pino({ level: "silent" });

/** A fetch that sends one session cookie, as a browser would. */
function withCookie(cookie: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("cookie", cookie);
    return fetch(input, { ...init, headers });
  };
}

function sessionCookieOf(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((value) => value.includes("session_token="));
  return cookie ? (cookie.split(";")[0] ?? null) : null;
}

async function unauthorizedCode(call: Promise<unknown>): Promise<string | undefined> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const data: unknown = (error as TRPCClientError<AppRouter>).data;
  return typeof data === "object" && data !== null && "code" in data ? String(data.code) : undefined;
}

for (const kind of testDatabaseKinds()) {
  describe(`the HTTP server on ${kind}`, () => {
    let database: OpenDatabase;
    let world: TestWorld;
    let server: ReturnType<typeof serve>;
    let url: string;
    const email = () => `dana@org-${world.organizationId.slice(-8).toLowerCase()}.test`;

    const post = (path: string, body: unknown) =>
      fetch(`${url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: url },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      // Listen first: better-auth wants the server's own URL as its base URL.
      let handle: (request: Request) => Response | Promise<Response> = () =>
        new Response(null, { status: 503 });
      server = await new Promise((resolve) => {
        const started = serve({ fetch: (request) => handle(request), port: 0, hostname: "127.0.0.1" }, () =>
          resolve(started),
        );
      });
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const auth = createAuth({ db: database.db, secret: SECRET, baseURL: url, logger: silent });
      handle = createApp({ app: world.deps, auth, logger: silent, resolveApiToken }).fetch;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    });

    it("answers /health and echoes the request id, or makes one", async () => {
      const given = await fetch(`${url}/health`, { headers: { "x-request-id": "probe-42" } });
      expect(given.status).toBe(200);
      expect(await given.json()).toEqual({ status: "ok" });
      expect(given.headers.get("x-request-id")).toBe("probe-42");

      const generated = await fetch(`${url}/health`, { headers: { "x-request-id": "not a valid id!" } });
      expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("refuses tRPC calls without a session or token", async () => {
      const anonymous = createTrellisClient({ url });
      await expect(anonymous.me.query()).resolves.toBeNull();
      expect(await unauthorizedCode(anonymous.readyQueue.list.query({}))).toBe("UNAUTHORIZED");
      const badToken = createTrellisClient({ url, token: "trl_not-a-real-token" });
      expect(await unauthorizedCode(badToken.apiTokens.list.query())).toBe("UNAUTHORIZED");
    });

    it("lets only invited agents sign up", async () => {
      const response = await post("/api/auth/sign-up/email", {
        name: "Mallory",
        email: "mallory@elsewhere.test",
        password: PASSWORD,
      });
      expect(response.status).toBe(403);
      expect(sessionCookieOf(response)).toBeNull();
    });

    it("signs an invited agent up and in with an httpOnly session cookie that `me` resolves", async () => {
      const signUp = await post("/api/auth/sign-up/email", {
        name: "Dana Reyes",
        email: email(),
        password: PASSWORD,
      });
      expect(signUp.status).toBe(200);
      const linked = await withTenant(database.db, world.organizationId, ({ db }) =>
        db
          .selectFrom("agents")
          .select("user_id")
          .where("id", "=", world.agent.agentId)
          .executeTakeFirstOrThrow(),
      );
      expect(linked.user_id).not.toBeNull();

      const wrong = await post("/api/auth/sign-in/email", { email: email(), password: "wrong password" });
      expect(wrong.status).toBe(401);
      expect(sessionCookieOf(wrong)).toBeNull();

      const signIn = await post("/api/auth/sign-in/email", { email: email(), password: PASSWORD });
      expect(signIn.status).toBe(200);
      const setCookie = signIn.headers.getSetCookie().find((value) => value.includes("session_token="));
      expect(setCookie).toMatch(/HttpOnly/i);
      const cookie = sessionCookieOf(signIn);
      if (!cookie) throw new Error("no session cookie");

      const client = createTrellisClient({ url, fetch: withCookie(cookie) });
      expect(await client.me.query()).toEqual({
        kind: "agent",
        organizationId: world.organizationId,
        agentId: world.agent.agentId,
        name: "Dana Reyes",
        role: "admin",
        via: "session",
      });
    });

    it("serves platform engineers with an API token until it is revoked", async () => {
      const signIn = await post("/api/auth/sign-in/email", { email: email(), password: PASSWORD });
      const cookie = sessionCookieOf(signIn);
      if (!cookie) throw new Error("no session cookie");
      const session = createTrellisClient({ url, fetch: withCookie(cookie) });
      const created = await session.apiTokens.create.mutate({ name: "CI" });
      expect(created.token).toMatch(/^trl_/);

      const engineer = createTrellisClient({ url, token: created.token });
      expect(await engineer.me.query()).toMatchObject({ agentId: world.agent.agentId, via: "token" });
      const queue = await engineer.readyQueue.list.query({ limit: 5 });
      expect(Array.isArray(queue.items)).toBe(true);

      await session.apiTokens.revoke.mutate({ id: created.apiToken.id });
      expect(await unauthorizedCode(engineer.readyQueue.list.query({}))).toBe("UNAUTHORIZED");
    });

    it("signs the demo admin in after the demo seed registered the logins", async () => {
      const auth = createAuth({ db: database.db, secret: SECRET, baseURL: url, logger: silent });
      const seeded = await seedDemo(world.deps, {
        registerLogin: async (login) => {
          await auth.api.signUpEmail({
            body: { name: login.name, email: login.email, password: login.password },
          });
        },
      });
      const admin = seeded.logins[0];
      if (!admin) throw new Error("no demo login");
      const signIn = await post("/api/auth/sign-in/email", { email: admin.email, password: admin.password });
      expect(signIn.status).toBe(200);
      const cookie = sessionCookieOf(signIn);
      if (!cookie) throw new Error("no session cookie");
      const client = createTrellisClient({ url, fetch: withCookie(cookie) });
      expect(await client.me.query()).toMatchObject({ organizationId: seeded.organizationId, role: "admin" });
      const queue = await client.readyQueue.list.query({ limit: 10 });
      expect(queue.items.length).toBeGreaterThan(0);
    });
  });
}

describe("the health check", () => {
  it("answers 503 when the database is gone", async () => {
    const database = await openTestDatabase("pglite");
    const world = await createTestWorld(database.db);
    const app = createApp({
      app: world.deps,
      auth: createAuth({ db: database.db, secret: SECRET, baseURL: "http://127.0.0.1", logger: silent }),
      logger: silent,
      resolveApiToken,
    });
    await database.close();
    const response = await app.request("/health");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable" });
  });
});
