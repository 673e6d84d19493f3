import { withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { type ActionId, newId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerFor,
  createTestAction,
  createTestWorld,
  SAMPLE_CONTENT,
  type TestWorld,
} from "../testing/index.js";

for (const kind of testDatabaseKinds()) {
  describe(`batch router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      otherWorld = await createTestWorld(database.db);
    });
    afterAll(async () => {
      await database?.close();
    });

    const outboxCount = (actionIds: ActionId[]) =>
      withTenant(database.db, world.organizationId, async (scope) =>
        Number(
          (
            await scope.db
              .selectFrom("outbox")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("action_id", "in", actionIds)
              .executeTakeFirstOrThrow()
          ).n,
        ),
      );

    it("executes each item in its own transaction, reports the bad ones and executes the rest", async () => {
      const first = await createTestAction(world, { type: "email", state: "ready" });
      const alreadyExecuted = await createTestAction(world, { type: "email", state: "executed" });
      const incomplete = await createTestAction(world, {
        type: "email",
        state: "ready",
        content: { ...SAMPLE_CONTENT.email, subject: "Hi [Customer Name]" },
      });
      const second = await createTestAction(world, { type: "slack", state: "review_pending" });
      const foreign = await createTestAction(otherWorld, { type: "email", state: "ready" });
      const actionIds = [first, alreadyExecuted, incomplete, foreign, second];

      const results = await callerFor(world).batch.execute({
        actionIds,
        confirm: true,
        idempotencyKey: "batch-click-1",
      });
      expect(results).toEqual([
        { actionId: first, ok: true, state: "executed" },
        {
          actionId: alreadyExecuted,
          ok: false,
          code: "INVALID_TRANSITION",
          message: "Cannot execute an action that is executed",
        },
        {
          actionId: incomplete,
          ok: false,
          code: "DRAFT_INCOMPLETE",
          message: expect.stringContaining("[Customer Name]"),
        },
        { actionId: foreign, ok: false, code: "NOT_FOUND", message: "The action was not found" },
        { actionId: second, ok: true, state: "executed" },
      ]);
      // The already executed action keeps its one delivery; the refused ones have none.
      expect(await outboxCount([first, second, alreadyExecuted])).toBe(3);
      expect(await outboxCount([incomplete])).toBe(0);

      // Retrying the same batch replays the executed items instead of delivering again.
      const retry = await callerFor(world).batch.execute({
        actionIds: [first, second],
        confirm: true,
        idempotencyKey: "batch-click-1",
      });
      expect(retry).toEqual([
        { actionId: first, ok: true, state: "executed" },
        { actionId: second, ok: true, state: "executed" },
      ]);
      expect(await outboxCount([first, second])).toBe(2);
    });

    it("refuses an unconfirmed batch, duplicates and more than 100 actions before touching any", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "ready" });
      const caller = callerFor(world);
      await expect(
        caller.batch.execute({ actionIds: [actionId], confirm: false, idempotencyKey: "batch-click-2" }),
      ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
      await expect(
        caller.batch.skip({ actionIds: [actionId, actionId], reason: "dup" }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const tooMany = Array.from({ length: 101 }, () => newId("action"));
      await expect(caller.batch.skip({ actionIds: tooMany, reason: "too many" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(caller.batch.skip({ actionIds: [], reason: "none" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      expect(await outboxCount([actionId])).toBe(0);
      expect((await caller.actions.get({ actionId })).action.state).toBe("ready");
    });

    it("skips a selection with one reason, reporting the items that cannot be skipped", async () => {
      const pending = await createTestAction(world, { type: "manual", state: "pending" });
      const ready = await createTestAction(world, { type: "email", state: "ready" });
      const completed = await createTestAction(world, { type: "email", state: "completed" });
      const results = await callerFor(world).batch.skip({
        actionIds: [pending, completed, ready],
        reason: "Customer churned",
      });
      expect(results).toEqual([
        { actionId: pending, ok: true, state: "skipped" },
        {
          actionId: completed,
          ok: false,
          code: "INVALID_TRANSITION",
          message: "Cannot skip an action that is completed",
        },
        { actionId: ready, ok: true, state: "skipped" },
      ]);
      const details = await callerFor(world).actions.get({ actionId: ready });
      expect(details.action.skipReason).toBe("Customer churned");
    });

    it("reschedules a selection into the future, and refuses a past time for every item", async () => {
      const ready = await createTestAction(world, { type: "email", state: "ready" });
      const executed = await createTestAction(world, { type: "email", state: "executed" });
      const caller = callerFor(world);
      const results = await caller.batch.reschedule({
        actionIds: [ready, executed],
        to: "2026-04-01T09:00:00.000Z",
      });
      expect(results).toEqual([
        { actionId: ready, ok: true, state: "ready" },
        {
          actionId: executed,
          ok: false,
          code: "INVALID_TRANSITION",
          message: "Cannot reschedule an action that is executed",
        },
      ]);
      expect((await caller.actions.get({ actionId: ready })).action.dueAt).toBe("2026-04-01T09:00:00.000Z");

      const past = await caller.batch.reschedule({ actionIds: [ready], to: "2020-01-01T00:00:00Z" });
      expect(past).toEqual([
        {
          actionId: ready,
          ok: false,
          code: "VALIDATION_FAILED",
          message: expect.stringContaining("not in the future"),
        },
      ]);
    });
  });
}
