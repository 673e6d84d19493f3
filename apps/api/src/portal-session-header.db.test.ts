import {
  type AppRouter,
  createApiToken,
  createDeliverySenders,
  createWorker,
  resolveApiToken,
} from "@trellis/api";
import { createTestWorld, type TestWorld } from "@trellis/api/testing";
import { createTrellisClient, TRPCClientError } from "@trellis/client";
import { type OpenDatabase, withTenant } from "@trellis/db";
import { openTestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import type { AgentId } from "@trellis/domain";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type TrellisApp } from "./app.js";
import { createAuth } from "./auth.js";
import { PORTAL_SESSION_HEADER } from "./resolve-caller.js";

const silent = pino({ level: "silent" });
const API_URL = "http://api.trellis.test";

async function errorCode(call: Promise<unknown>): Promise<string | undefined> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const data: unknown = (error as TRPCClientError<AppRouter>).data;
  return typeof data === "object" && data !== null && "code" in data ? String(data.code) : undefined;
}

for (const kind of testDatabaseKinds()) {
  describe(`the portal session header on ${kind}`, () => {
    let database: OpenDatabase;
    let world: TestWorld;
    let app: TrellisApp;

    /** A client of the app (no server) sending these headers, as the portal's server does. */
    const client = (headers: Record<string, string> = {}) =>
      createTrellisClient({
        url: API_URL,
        fetch: async (input, init) => app.fetch(new Request(input, init)),
        headers,
      });

    /** Requests a link for the world's contact, delivers it to the dev mailbox, signs in with the mailed token. */
    async function signIn(): Promise<string> {
      await client().portal.auth.requestLink.mutate({ email: "ana.silva@acme.com" });
      const senders = createDeliverySenders(database.db, world.deps.clock, {
        portalUrl: world.deps.portalUrl,
      });
      await createWorker({ ...world.deps, senders }).tick();
      const mail = await withTenant(database.db, world.organizationId, ({ db }) =>
        db.selectFrom("mailbox").select("text").orderBy("id", "desc").executeTakeFirstOrThrow(),
      );
      const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? "";
      return (await client().portal.auth.signIn.mutate({ token })).sessionToken;
    }

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      const auth = createAuth({
        db: database.db,
        secret: "test-secret-test-secret-test-secret-0123",
        baseURL: API_URL,
        logger: silent,
      });
      app = createApp({ app: world.deps, auth, logger: silent, resolveApiToken });
    });
    afterAll(async () => {
      await database.close();
    });

    it("resolves a live session to the contact, for `me` and contact procedures", async () => {
      const session = await signIn();
      const portal = client({ [PORTAL_SESSION_HEADER]: session });
      expect(await portal.portal.auth.me.query()).toEqual({
        contact: { firstName: "Ana", lastName: "Silva", email: "ana.silva@acme.com" },
        account: { name: "Acme Corp" },
        organization: { name: `Org org-${world.organizationId.slice(-8).toLowerCase()}` },
      });
      // A contact is no agent.
      expect(await portal.me.query()).toBeNull();
      expect(await errorCode(portal.readyQueue.list.query({}))).toBe("UNAUTHORIZED");

      await expect(portal.portal.auth.signOut.mutate()).resolves.toEqual({ signedOut: true });
      expect(await portal.portal.auth.me.query()).toBeNull();
      expect(await errorCode(portal.portal.auth.signOut.mutate())).toBe("UNAUTHORIZED");
    });

    it("judges a request by its portal session alone: a bad one is anonymous even with a valid API token", async () => {
      const { token } = await withTenant(database.db, world.organizationId, (scope) =>
        createApiToken(world.deps, scope, world.agent.agentId as AgentId, "CI"),
      );
      expect(await client({ authorization: `Bearer ${token}` }).me.query()).toMatchObject({ kind: "agent" });
      for (const bad of ["", "not-a-session", "A".repeat(43)]) {
        const mixed = client({ authorization: `Bearer ${token}`, [PORTAL_SESSION_HEADER]: bad });
        expect(await mixed.me.query()).toBeNull();
        expect(await mixed.portal.auth.me.query()).toBeNull();
      }
    });

    it("treats an expired session as anonymous", async () => {
      const session = await signIn();
      const portal = client({ [PORTAL_SESSION_HEADER]: session });
      expect(await portal.portal.auth.me.query()).not.toBeNull();
      world.deps.clock.advance(7 * 24 * 60 * 60 * 1000);
      expect(await portal.portal.auth.me.query()).toBeNull();
    });
  });
}
