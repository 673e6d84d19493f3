import { enqueueDelivery, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyActionEvent } from "../services/apply-action-event.js";
import { createTestAction, createTestWorld, type TestWorld } from "../testing/index.js";
import type { DeliverySender, DeliverySenders } from "./delivery-sender.js";
import type { WorkerCheckpoint } from "./worker-deps.js";
import { readDeliveries, testWorker } from "./worker-test-support.js";

/** Senders that accept everything at once, answering with a reference made of the delivery's id. */
const accepting: DeliverySender = {
  send: async (delivery) => ({ ok: true, reference: `ref:${delivery.id}` }),
};
const senders: DeliverySenders = { email: accepting, slack: accepting, portal: accepting, none: accepting };

async function versionOf(world: TestWorld, actionId: string): Promise<number> {
  return withTenant(world.deps.db, world.organizationId, async (scope) => {
    const row = await scope.db
      .selectFrom("actions")
      .select("version")
      .where("id", "=", actionId)
      .executeTakeFirstOrThrow();
    return row.version;
  });
}

async function succeeded(world: TestWorld, actionId: string) {
  const { outbox, history, state } = await readDeliveries(world, actionId);
  const events = history.filter((entry) => entry.event.type === "delivery_succeeded");
  return { outbox, state, events, version: await versionOf(world, actionId) };
}

for (const kind of testDatabaseKinds()) {
  describe(`settling a batch of deliveries together on ${kind}`, () => {
    let database: TestDatabase;
    let first: TestWorld;
    let second: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      first = await createTestWorld(database.db, { slug: "batch-first" });
      second = await createTestWorld(database.db, { slug: "batch-second", clock: first.deps.clock });
    });
    afterAll(async () => {
      await database?.close();
    });

    it("settles deliveries of two organizations with one history entry and one version bump per action", async () => {
      const actions = [
        ...(await Promise.all([1, 2, 3].map(() => createTestAction(first, { state: "executed" })))).map(
          (id) => ({ world: first, id }),
        ),
        ...(await Promise.all([1, 2].map(() => createTestAction(second, { state: "executed" })))).map(
          (id) => ({
            world: second,
            id,
          }),
        ),
      ];
      const before = await Promise.all(actions.map(({ world, id }) => versionOf(world, id)));
      const settledPoints: string[] = [];
      const worker = testWorker(first, senders, {
        checkpoint: (point: WorkerCheckpoint, id) => {
          if (point === "delivery_settled") settledPoints.push(id);
        },
      });

      expect(await worker.tick()).toMatchObject({ deliveries: 5 });

      for (const [index, { world, id }] of actions.entries()) {
        const { outbox, state, events, version } = await succeeded(world, id);
        expect(outbox[0]).toMatchObject({ status: "sent", sent_at: first.deps.clock.now() });
        expect(state).toBe("executed");
        expect(events.map((entry) => entry.event)).toEqual([
          { type: "delivery_succeeded", channel: "email", reference: `ref:${outbox[0]?.id}` },
        ]);
        expect(events[0]?.actor).toEqual({ kind: "system", component: "worker" });
        expect(version).toBe((before[index] ?? 0) + 1);
      }
      expect(settledPoints).toHaveLength(5);
      expect(worker.errors).toEqual([]);
    });

    it("marks sent, without an event, a delivery whose action the agent completed before settlement", async () => {
      const completedByAgent = await createTestAction(first, { state: "executed" });
      const other = await createTestAction(first, { state: "executed" });
      const delivery = (await readDeliveries(first, completedByAgent)).outbox[0];
      const agent = { kind: "agent" as const, agentId: first.agent.agentId, name: first.agent.name };
      const worker = testWorker(first, senders, {
        checkpoint: async (point, id) => {
          if (point !== "delivery_sent" || id !== delivery?.id) return;
          await withTenant(first.deps.db, first.organizationId, (scope) =>
            applyActionEvent(
              first.deps,
              scope,
              completedByAgent,
              { type: "mark_complete", note: null },
              agent,
            ),
          );
        },
      });
      await worker.tick();
      const versionAfterAgent = await versionOf(first, completedByAgent);

      const completed = await succeeded(first, completedByAgent);
      expect(completed.outbox[0]?.status).toBe("sent");
      expect(completed.state).toBe("completed");
      expect(completed.events).toEqual([]);
      expect(completed.version).toBe(versionAfterAgent);
      expect((await succeeded(first, other)).events).toHaveLength(1);
      expect(worker.errors).toEqual([]);
    });

    it("completes a Slack action on delivery and notifies its owner, next to an email that stays executed", async () => {
      const slack = await createTestAction(second, {
        type: "slack",
        state: "executed",
        name: "Post welcome",
      });
      const email = await createTestAction(second, { state: "executed" });
      await testWorker(second, senders).tick();

      const posted = await succeeded(second, slack);
      expect(posted.state).toBe("completed");
      expect(posted.events).toHaveLength(1);
      const notifications = await withTenant(database.db, second.organizationId, (scope) =>
        scope.db.selectFrom("notifications").selectAll().where("action_id", "=", slack).execute(),
      );
      expect(notifications).toHaveLength(1);
      expect(notifications[0]).toMatchObject({
        kind: "action_completed",
        recipient_agent_id: second.agent.agentId,
        title: "The message was posted; the action is complete: Post welcome",
        body: "Acme Corp",
      });
      const action = await withTenant(database.db, second.organizationId, (scope) =>
        scope.db.selectFrom("actions").selectAll().where("id", "=", slack).executeTakeFirstOrThrow(),
      );
      expect(action.completed_at).toEqual(second.deps.clock.now());
      expect((await succeeded(second, email)).state).toBe("executed");
    });

    it("falls back to settling row by row when the bulk settlement fails", async () => {
      // Two deliveries of one action in one batch: the bulk application refuses an action named twice.
      const twice = await createTestAction(first, { state: "executed" });
      const other = await createTestAction(first, { state: "executed" });
      await withTenant(database.db, first.organizationId, (scope) =>
        enqueueDelivery(scope, {
          actionId: twice,
          channel: "email",
          idempotencyKey: `${twice}:again`,
          payload: { kind: "none" },
          messageIdDomain: "trellis.test",
          at: first.deps.clock.now(),
        }),
      );
      const worker = testWorker(first, senders);
      expect(await worker.tick()).toMatchObject({ deliveries: 3 });

      const duplicated = await succeeded(first, twice);
      expect(duplicated.outbox.map((row) => row.status)).toEqual(["sent", "sent"]);
      expect(duplicated.events).toHaveLength(2);
      const settledAlone = await succeeded(first, other);
      expect(settledAlone.outbox[0]?.status).toBe("sent");
      expect(settledAlone.events).toHaveLength(1);
      expect(worker.errors).toEqual([]);
    });
  });
}
