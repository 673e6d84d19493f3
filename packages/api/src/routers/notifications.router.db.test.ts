import { insertNotification, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { newId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestWorld, type TestWorld } from "../testing/index.js";

const MINUTE = 60_000;

for (const kind of testDatabaseKinds()) {
  describe(`notifications router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;
    let colleague: TestWorld;

    /** Notifications for `recipient`: `count` at one-minute steps, plus three written by `now()` in one statement. */
    async function notify(target: TestWorld, recipientAgentId: string, count: number, titlePrefix: string) {
      await withTenant(database.db, target.organizationId, async (scope) => {
        const start = target.deps.clock.now().getTime();
        for (let i = 0; i < count; i++) {
          await insertNotification(scope, {
            recipientAgentId,
            kind: "action_completed",
            accountId: target.accountId,
            actionId: null,
            title: `${titlePrefix} ${i}`,
            body: "",
            at: new Date(start - i * MINUTE),
          });
        }
        await scope.db
          .insertInto("notifications")
          .values(
            [0, 1, 2].map((i) => ({
              id: newId("notification"),
              organization_id: target.organizationId,
              recipient_agent_id: recipientAgentId,
              kind: "customer_responded" as const,
              account_id: target.accountId,
              title: `${titlePrefix} by now() ${i}`,
            })),
          )
          .execute();
      });
    }

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db, { role: "agent" });
      otherWorld = await createTestWorld(database.db);
      const colleagueId = newId("agent");
      await withTenant(database.db, world.organizationId, ({ db }) =>
        db
          .insertInto("agents")
          .values({
            id: colleagueId,
            organization_id: world.organizationId,
            name: "Sam",
            email: "sam@example.test",
            role: "agent",
          })
          .execute(),
      );
      colleague = {
        ...world,
        agent: { ...world.agent, agentId: colleagueId as TestWorld["agent"]["agentId"] },
      };
      await notify(world, world.agent.agentId, 12, "Mine");
      await notify(world, colleagueId, 4, "Colleague's");
      await notify(otherWorld, otherWorld.agent.agentId, 4, "Other org");
    });
    afterAll(async () => {
      await database?.close();
    });

    async function listAll(target: TestWorld, limit: number) {
      const items = [];
      let cursor: string | undefined;
      do {
        const page = await callerFor(target).notifications.list({ limit, cursor });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    }

    it("lists only the caller's notifications, unread first and newest first, paging each exactly once", async () => {
      const caller = callerFor(world);
      expect(await caller.notifications.unreadCount()).toBe(15);
      const oldest = (await listAll(world, 100)).filter((item) => item.title.startsWith("Mine ")).at(-1);
      await caller.notifications.markRead({ ids: [oldest?.id as string] });

      const items = await listAll(world, 4);
      expect(items).toHaveLength(15);
      expect(new Set(items.map((item) => item.id)).size).toBe(15);
      expect(items.every((item) => item.recipientAgentId === world.agent.agentId)).toBe(true);
      expect(items.map((item) => item.readAt === null)).toEqual([...Array(14).fill(true), false]);
      expect(items.at(-1)?.title).toBe("Mine 11");
      const unread = items.slice(0, 14);
      for (let i = 1; i < unread.length; i++) {
        const [previous, current] = [unread[i - 1], unread[i]];
        expect(Date.parse(previous?.createdAt ?? "") >= Date.parse(current?.createdAt ?? "")).toBe(true);
      }
      const page = await caller.notifications.list({ limit: 4 });
      expect(page.unreadCount).toBe(14);
    });

    it("marks ids or all read, never touching a colleague's or another organization's", async () => {
      const caller = callerFor(world);
      const theirs = await listAll(colleague, 100);
      const otherOrg = await listAll(otherWorld, 100);
      expect(theirs).toHaveLength(7);
      expect(otherOrg).toHaveLength(7);

      const mine = (await caller.notifications.list({ limit: 2 })).items.map((item) => item.id);
      const result = await caller.notifications.markRead({
        ids: [...mine, theirs[0]?.id as string, otherOrg[0]?.id as string],
      });
      expect(result).toEqual({ marked: 2, unreadCount: 12 });
      expect(await caller.notifications.markRead({ ids: mine })).toEqual({ marked: 0, unreadCount: 12 });
      expect(await caller.notifications.markRead({ all: true })).toEqual({ marked: 12, unreadCount: 0 });
      expect(await callerFor(colleague).notifications.unreadCount()).toBe(7);
      expect(await callerFor(otherWorld).notifications.unreadCount()).toBe(7);
      const readAt = (await caller.notifications.list({ limit: 1 })).items[0]?.readAt;
      expect(readAt).toBe(world.deps.clock.now().toISOString());
    });

    it("refuses anonymous callers and bad input", async () => {
      const anonymous = callerFor(world, "anonymous");
      await expect(anonymous.notifications.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(anonymous.notifications.unreadCount()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(anonymous.notifications.markRead({ all: true })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
      const caller = callerFor(colleague);
      await expect(caller.notifications.markRead({ ids: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(caller.notifications.markRead({ ids: ["ntf_x"] })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(caller.notifications.list({ cursor: "e30" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      expect(await caller.notifications.unreadCount()).toBe(7);
    });
  });
}
