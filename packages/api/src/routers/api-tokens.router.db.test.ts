import { withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { type AgentId, newId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCallerFactory, resolveApiToken } from "../index.js";
import { appRouter } from "../root.js";
import { hashApiToken } from "../services/api-tokens.js";
import { callerFor, createTestWorld, fixedClock, type TestWorld } from "../testing/index.js";
import type { AgentCaller } from "../trpc.js";

const createCaller = createCallerFactory(appRouter);

for (const kind of testDatabaseKinds()) {
  describe(`apiTokens router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;
    let plainAgent: AgentCaller;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      otherWorld = await createTestWorld(database.db);
      const agentId = newId("agent");
      await withTenant(database.db, world.organizationId, (scope) =>
        scope.db
          .insertInto("agents")
          .values({
            id: agentId,
            organization_id: world.organizationId,
            name: "Sam Okafor",
            email: "sam@tokens.test",
            role: "agent",
          })
          .execute(),
      );
      plainAgent = { ...world.agent, agentId: agentId as AgentId, name: "Sam Okafor", role: "agent" };
    });
    afterAll(async () => {
      await database?.close();
    });

    const callerAs = (agent: AgentCaller, target: TestWorld = world) =>
      createCaller({ deps: target.deps, caller: agent, requestId: "test-request" });

    it("creates a token shown once, stores only its SHA-256 hash, and lists it without secrets", async () => {
      const created = await callerFor(world).apiTokens.create({ name: "CI sync" });
      expect(created.token).toMatch(/^trl_[A-Za-z0-9_-]{43}$/);
      expect(created.apiToken).toMatchObject({
        name: "CI sync",
        agentId: world.agent.agentId,
        revokedAt: null,
      });

      const stored = await withTenant(database.db, world.organizationId, (scope) =>
        scope.db
          .selectFrom("api_tokens")
          .selectAll()
          .where("id", "=", created.apiToken.id)
          .executeTakeFirstOrThrow(),
      );
      expect(stored.token_hash).toBe(hashApiToken(created.token));
      expect(JSON.stringify(stored)).not.toContain(created.token.slice(4));

      const listed = await callerFor(world).apiTokens.list();
      const entry = listed.find((token) => token.id === created.apiToken.id);
      expect(entry).toEqual(created.apiToken);
      expect(JSON.stringify(listed)).not.toContain(stored.token_hash);
    });

    it("resolves a live token to its agent and records its use; unknown, malformed and revoked ones to null", async () => {
      const { token, apiToken } = await callerFor(world).apiTokens.create({ name: "Reporting" });
      const caller = await resolveApiToken(database.db, token, world.deps.clock);
      expect(caller).toEqual({ ...world.agent, via: "token" });
      const used = await callerFor(world).apiTokens.list();
      expect(used.find((entry) => entry.id === apiToken.id)?.lastUsedAt).toBe(
        world.deps.clock.now().toISOString(),
      );

      expect(await resolveApiToken(database.db, `trl_${"A".repeat(43)}`)).toBeNull();
      expect(await resolveApiToken(database.db, "Bearer nonsense")).toBeNull();
      expect(await resolveApiToken(database.db, `${token}x`)).toBeNull();

      const revoked = await callerFor(world).apiTokens.revoke({ id: apiToken.id });
      expect(revoked.revokedAt).toBe(world.deps.clock.now().toISOString());
      expect(await resolveApiToken(database.db, token)).toBeNull();
    });

    it("records a token's use at most once a minute, so busy scripts do not write on every call", async () => {
      const { token, apiToken } = await callerFor(world).apiTokens.create({ name: "Busy sync" });
      const clock = fixedClock("2026-05-01T10:00:00.000Z");
      const lastUsed = async () =>
        (await callerFor(world).apiTokens.list()).find((entry) => entry.id === apiToken.id)?.lastUsedAt;

      await resolveApiToken(database.db, token, clock);
      clock.advance(30_000);
      expect(await resolveApiToken(database.db, token, clock)).not.toBeNull();
      expect(await lastUsed()).toBe("2026-05-01T10:00:00.000Z");

      clock.advance(61_000);
      await resolveApiToken(database.db, token, clock);
      expect(await lastUsed()).toBe("2026-05-01T10:01:31.000Z");
    });

    it("acts as the agent through the API, but cannot mint further tokens", async () => {
      const { token } = await callerFor(world).apiTokens.create({ name: "Automation" });
      const viaToken = await resolveApiToken(database.db, token, world.deps.clock);
      if (!viaToken) throw new Error("token did not resolve");
      const caller = callerAs(viaToken);
      expect(await caller.me()).toMatchObject({ agentId: world.agent.agentId, via: "token" });
      await expect(caller.apiTokens.create({ name: "Another" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    });

    it("lets agents see and revoke only their own tokens, admins every token of the organization", async () => {
      const adminToken = await callerFor(world).apiTokens.create({ name: "Admin's" });
      const agentToken = await callerAs(plainAgent).apiTokens.create({ name: "Sam's" });

      const samSees = await callerAs(plainAgent).apiTokens.list();
      expect(samSees.map((token) => token.name)).toEqual(["Sam's"]);
      const adminSees = await callerFor(world).apiTokens.list();
      expect(adminSees.map((token) => token.name)).toEqual(expect.arrayContaining(["Sam's", "Admin's"]));

      await expect(
        callerAs(plainAgent).apiTokens.revoke({ id: adminToken.apiToken.id }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect(
        (await callerFor(world).apiTokens.revoke({ id: agentToken.apiToken.id })).revokedAt,
      ).not.toBeNull();

      await expect(
        callerFor(otherWorld).apiTokens.revoke({ id: adminToken.apiToken.id }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await callerFor(otherWorld).apiTokens.list()).toEqual([]);
      await expect(callerFor(world).apiTokens.create({ name: "  " })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    });
  });
}
