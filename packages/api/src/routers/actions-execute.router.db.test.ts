import { withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { type ActionId, type AgentId, newId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCallerFactory } from "../index.js";
import { appRouter } from "../root.js";
import {
  callerFor,
  createTestAction,
  createTestWorld,
  SAMPLE_CONTENT,
  type TestWorld,
} from "../testing/index.js";
import type { AgentCaller } from "../trpc.js";

const createCaller = createCallerFactory(appRouter);

for (const kind of testDatabaseKinds()) {
  describe(`actions.execute on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let secondAgent: AgentCaller;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      const agentId = newId("agent");
      await withTenant(database.db, world.organizationId, (scope) =>
        scope.db
          .insertInto("agents")
          .values({
            id: agentId,
            organization_id: world.organizationId,
            name: "Sam Okafor",
            email: `sam.${agentId.slice(-6).toLowerCase()}@trellis.test`,
            role: "agent",
          })
          .execute(),
      );
      secondAgent = { ...world.agent, agentId: agentId as AgentId, name: "Sam Okafor", role: "agent" };
    });
    afterAll(async () => {
      await database?.close();
    });

    const callerAs = (agent: AgentCaller) =>
      createCaller({ deps: world.deps, caller: agent, requestId: "test-request" });

    const outboxRows = (actionId: ActionId) =>
      withTenant(database.db, world.organizationId, (scope) =>
        scope.db.selectFrom("outbox").selectAll().where("action_id", "=", actionId).execute(),
      );
    const stateOf = (actionId: ActionId) =>
      withTenant(database.db, world.organizationId, (scope) =>
        scope.db
          .selectFrom("actions")
          .select(["state", "version"])
          .where("id", "=", actionId)
          .executeTakeFirstOrThrow(),
      );

    it("executes once with the rendered email queued, and answers a repeated key with the same execution", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "ready" });
      const caller = callerFor(world);
      const first = await caller.actions.execute({ actionId, confirm: true, idempotencyKey: "click-0001" });
      expect(first.action.state).toBe("executed");
      expect(first.replayed).toBe(false);
      expect(first.delivery).toMatchObject({ channel: "email", status: "pending" });
      expect(first.delivery?.messageId).toMatch(/^<dlv_[0-9A-Z]{26}@trellis\.test>$/);

      const replay = await caller.actions.execute({ actionId, confirm: true, idempotencyKey: "click-0001" });
      expect(replay.replayed).toBe(true);
      expect(replay.action).toEqual(first.action);
      expect(replay.delivery).toEqual(first.delivery);

      const rows = await outboxRows(actionId);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.payload).toMatchObject({
        kind: "email",
        to: ["ana.silva@acme.com"],
        subject: "Welcome to Trellis, Acme Corp",
      });

      await expect(
        caller.actions.execute({ actionId, confirm: true, idempotencyKey: "click-0002" }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: "Cannot execute an action that is executed" });
      expect(await outboxRows(actionId)).toHaveLength(1);
    });

    it("requires explicit confirmation and a real idempotency key, writing nothing otherwise", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "ready" });
      const caller = callerFor(world);
      const before = await stateOf(actionId);
      await expect(
        caller.actions.execute({ actionId, confirm: false, idempotencyKey: "click-0003" }),
      ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("confirm") });
      await expect(
        caller.actions.execute({ actionId, confirm: true, idempotencyKey: "short" }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await stateOf(actionId)).toEqual(before);
      expect(await outboxRows(actionId)).toHaveLength(0);
    });

    it("refuses an incomplete draft, naming every placeholder and unresolved variable", async () => {
      const actionId = await createTestAction(world, {
        type: "email",
        state: "ready",
        content: {
          ...SAMPLE_CONTENT.email,
          subject: "Hello [Customer Name]",
          bodyHtml: "<p>Your tier: {{account.tier}}</p><p>TODO</p>",
        },
      });
      const error = await callerFor(world)
        .actions.execute({ actionId, confirm: true, idempotencyKey: "click-0004" })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "PRECONDITION_FAILED" });
      const message = (error as Error).message;
      for (const named of ["[Customer Name]", "{{account.tier}}", "TODO"]) expect(message).toContain(named);
      expect((await stateOf(actionId)).state).toBe("ready");
      expect(await outboxRows(actionId)).toHaveLength(0);
    });

    it("two agents executing one action at once: one execution, one outbox row, the other refused", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "ready" });
      const results = await Promise.allSettled([
        callerFor(world).actions.execute({ actionId, confirm: true, idempotencyKey: "dana-click-1" }),
        callerAs(secondAgent).actions.execute({ actionId, confirm: true, idempotencyKey: "sam-click-1" }),
      ]);
      const fulfilled = results.filter((result) => result.status === "fulfilled");
      const rejected = results.filter((result) => result.status === "rejected");
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason).toMatchObject({ code: "CONFLICT" });
      expect(await outboxRows(actionId)).toHaveLength(1);
      expect((await stateOf(actionId)).state).toBe("executed");
    });

    it("100 concurrent executes with the same key: one outbox row, every caller gets that execution", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "ready" });
      const caller = callerFor(world);
      const results = await Promise.all(
        Array.from({ length: 100 }, () =>
          caller.actions.execute({ actionId, confirm: true, idempotencyKey: "one-click-0100" }),
        ),
      );
      const rows = await outboxRows(actionId);
      expect(rows).toHaveLength(1);
      expect(new Set(results.map((result) => result.delivery?.id))).toEqual(new Set([rows[0]?.id]));
      expect(results.filter((result) => !result.replayed)).toHaveLength(1);
      const history = await callerFor(world).actions.get({ actionId });
      expect(history.history.filter((entry) => entry.event.type === "executed")).toHaveLength(1);
    });
  });
}
