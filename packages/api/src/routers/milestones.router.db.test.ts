import { withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { newId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestAction, createTestWorld, type TestWorld } from "../testing/index.js";

for (const kind of testDatabaseKinds()) {
  describe(`milestones router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db, { role: "agent" });
      otherWorld = await createTestWorld(database.db);
      // Kickoff (position 0) completes through its actions; "launch" (2) has an open blocker; "adopt" (1) is empty.
      await createTestAction(world, { state: "completed" });
      await createTestAction(world, { state: "skipped" });
      const now = world.deps.clock.now();
      await withTenant(database.db, world.organizationId, async ({ db }) => {
        const launchId = newId("milestone");
        await db
          .insertInto("milestones")
          .values([
            {
              id: launchId,
              organization_id: world.organizationId,
              account_id: world.accountId,
              key: "launch",
              name: "Launch",
              position: 2,
              starts_at: now,
            },
            {
              id: newId("milestone"),
              organization_id: world.organizationId,
              account_id: world.accountId,
              key: "adopt",
              name: "Adopt",
              position: 1,
              starts_at: now,
            },
          ])
          .execute();
        await db
          .insertInto("actions")
          .values(
            ["go_live_call", "training"].map((key, index) => ({
              id: newId("action"),
              organization_id: world.organizationId,
              account_id: world.accountId,
              milestone_id: launchId,
              key,
              name: key,
              type: "meeting" as const,
              state: "pending" as const,
              blocker: index === 0,
              trigger: JSON.stringify({ type: "manual" }),
              updated_at: now,
            })),
          )
          .execute();
      });
    });
    afterAll(async () => {
      await database?.close();
    });

    it("lists an account's milestones in order with counts, open blockers and completion", async () => {
      const milestones = await callerFor(world).milestones.listByAccount({ accountId: world.accountId });
      expect(milestones.map((milestone) => milestone.key)).toEqual(["kickoff", "adopt", "launch"]);
      expect(milestones[0]).toMatchObject({
        complete: true,
        completedAt: world.deps.clock.now().toISOString(),
        progress: { total: 2, done: 2, percent: 100, openBlockers: 0 },
      });
      expect(milestones[0]?.progress.byState).toEqual({
        pending: 0,
        ready: 0,
        review_pending: 0,
        executed: 0,
        completed: 1,
        skipped: 1,
      });
      expect(milestones[1]).toMatchObject({ complete: false, progress: { total: 0, percent: 0 } });
      expect(milestones[2]).toMatchObject({
        complete: false,
        completedAt: null,
        progress: { total: 2, done: 0, percent: 0, openBlockers: 1, byState: { pending: 2 } },
      });
    });

    it("keeps other organizations' accounts out and refuses anonymous callers and bad input", async () => {
      await expect(
        callerFor(otherWorld).milestones.listByAccount({ accountId: world.accountId }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        callerFor(world, "anonymous").milestones.listByAccount({ accountId: world.accountId }),
      ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(callerFor(world).milestones.listByAccount({ accountId: "nope" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    });
  });
}
