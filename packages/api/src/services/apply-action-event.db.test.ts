import { listHistory, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import type { ActionId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAction, createTestWorld, type TestWorld } from "../testing/index.js";
import { applyActionEvent } from "./apply-action-event.js";

for (const kind of testDatabaseKinds()) {
  describe(`applyActionEvent on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
    });
    afterAll(async () => {
      await database?.close();
    });

    const agentActor = () => ({
      kind: "agent" as const,
      agentId: world.agent.agentId,
      name: world.agent.name,
    });

    it("executes once: writes state, history and exactly one outbox row with the rendered email", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "ready" });
      const execute = { type: "execute" as const, confirmed: true, idempotencyKey: "click-1" };
      await withTenant(database.db, world.organizationId, (scope) =>
        applyActionEvent(world.deps, scope, actionId, execute, agentActor()),
      );
      const replay = await withTenant(database.db, world.organizationId, (scope) =>
        applyActionEvent(world.deps, scope, actionId, execute, agentActor()),
      );
      expect(replay.replayed).toBe(true);
      const { outbox, history } = await withTenant(database.db, world.organizationId, async (scope) => ({
        outbox: await scope.db.selectFrom("outbox").selectAll().where("action_id", "=", actionId).execute(),
        history: await listHistory(scope, actionId),
      }));
      expect(outbox).toHaveLength(1);
      expect(outbox[0]?.payload).toMatchObject({
        kind: "email",
        to: ["ana.silva@acme.com"],
        subject: "Welcome to Trellis, Acme Corp",
      });
      expect(history.map((entry) => entry.event.type)).toEqual(["draft_generated", "executed"]);
    });

    it("refuses an illegal event with the state and event named, and writes nothing", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "completed" });
      await expect(
        withTenant(database.db, world.organizationId, (scope) =>
          applyActionEvent(
            world.deps,
            scope,
            actionId as ActionId,
            { type: "skip", reason: "late" },
            agentActor(),
          ),
        ),
      ).rejects.toThrow("Cannot skip an action that is completed");
      const history = await withTenant(database.db, world.organizationId, (scope) =>
        listHistory(scope, actionId),
      );
      expect(history.map((entry) => entry.event.type)).toEqual(["draft_generated", "executed", "completed"]);
    });

    it("sends sanitized HTML even when a stored draft (e.g. a provider's) carries a script or a javascript: link", async () => {
      const actionId = await createTestAction(world, {
        type: "email",
        state: "ready",
        content: {
          type: "email",
          subject: "Hello {{account.name}}",
          bodyHtml:
            '<p>Hi <img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">there</a></p>',
          to: ["ana.silva@acme.com"],
          cc: [],
          bcc: [],
        },
      });
      await withTenant(database.db, world.organizationId, (scope) =>
        applyActionEvent(
          world.deps,
          scope,
          actionId,
          { type: "execute", confirmed: true, idempotencyKey: "sanitize-1" },
          agentActor(),
        ),
      );
      const row = await withTenant(database.db, world.organizationId, (scope) =>
        scope.db
          .selectFrom("outbox")
          .select("payload")
          .where("action_id", "=", actionId)
          .executeTakeFirstOrThrow(),
      );
      const html = (row.payload as { html: string }).html;
      expect(html).toContain("Hi");
      expect(html).toContain("there");
      expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
    });

    it("blocks execution on a variable that has no value, naming it", async () => {
      const actionId = await createTestAction(world, {
        type: "email",
        state: "ready",
        content: {
          type: "email",
          subject: "Renewal for {{account.renewal_quarter}}",
          bodyHtml: "<p>Hi</p>",
          to: ["ana.silva@acme.com"],
          cc: [],
          bcc: [],
        },
      });
      await expect(
        withTenant(database.db, world.organizationId, (scope) =>
          applyActionEvent(
            world.deps,
            scope,
            actionId,
            { type: "execute", confirmed: true, idempotencyKey: "k" },
            agentActor(),
          ),
        ),
      ).rejects.toThrow(/account\.renewal_quarter/);
    });
  });
}
