import { withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { newId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestWorld, type TestWorld } from "../testing/index.js";

for (const kind of testDatabaseKinds()) {
  describe(`mailbox router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;

    /** Stores a message as the worker's dev-mailbox sender does. */
    const store = (target: TestWorld, subject: string, at: string) =>
      withTenant(database.db, target.organizationId, async (scope) => {
        const id = newId("mailboxMessage");
        await scope.db
          .insertInto("mailbox")
          .values({
            id,
            organization_id: target.organizationId,
            message_id: `<${newId("delivery")}@trellis.test>`,
            outbox_id: null,
            sender: "Dana Reyes <dana@trellis.test>",
            recipients: JSON.stringify({ to: ["ana.silva@acme.com"], cc: [], bcc: ["audit@trellis.test"] }),
            subject,
            html: `<p>${subject}</p>`,
            text: subject,
            created_at: at,
          })
          .execute();
        return id;
      });

    let ids: string[];
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      otherWorld = await createTestWorld(database.db);
      ids = [];
      for (const [subject, at] of [
        ["Welcome", "2026-03-01T09:00:00.000Z"],
        ["Kickoff", "2026-03-02T09:00:00.000Z"],
        ["Same time A", "2026-03-03T09:00:00.000Z"],
        ["Same time B", "2026-03-03T09:00:00.000Z"],
        ["Renewal", "2026-03-04T09:00:00.000Z"],
      ] as const) {
        ids.push(await store(world, subject, at));
      }
      await store(otherWorld, "Other organization's mail", "2026-03-05T09:00:00.000Z");
    });
    afterAll(async () => {
      await database?.close();
    });

    it("lists the organization's messages newest first, page by page, each exactly once", async () => {
      const caller = callerFor(world);
      const first = await caller.mailbox.list({ limit: 2 });
      expect(first.messages.map((message) => message.subject)).toEqual([
        "Renewal",
        expect.stringMatching(/^Same time/),
      ]);
      expect(first.messages[0]).toMatchObject({
        from: "Dana Reyes <dana@trellis.test>",
        to: ["ana.silva@acme.com"],
        bcc: ["audit@trellis.test"],
        createdAt: "2026-03-04T09:00:00.000Z",
      });
      expect(first.messages[0]).not.toHaveProperty("html");
      expect(first.nextCursor).not.toBeNull();

      const seen = [...first.messages];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await caller.mailbox.list({ limit: 2, cursor });
        seen.push(...page.messages);
        cursor = page.nextCursor;
      }
      expect(seen.map((message) => message.id).sort()).toEqual([...ids].sort());
      expect(seen.map((message) => message.subject).slice(3)).toEqual(["Kickoff", "Welcome"]);
    });

    it("rejects a tampered cursor", async () => {
      await expect(callerFor(world).mailbox.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    });

    it("shows one message with its bodies, and never another organization's", async () => {
      const [welcome] = ids;
      if (!welcome) throw new Error("no message stored");
      const message = await callerFor(world).mailbox.get({ id: welcome });
      expect(message).toMatchObject({ subject: "Welcome", html: "<p>Welcome</p>", text: "Welcome" });
      await expect(callerFor(otherWorld).mailbox.get({ id: welcome })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      const other = await callerFor(otherWorld).mailbox.list({});
      expect(other.messages.map((entry) => entry.subject)).toEqual(["Other organization's mail"]);
      expect(other.nextCursor).toBeNull();
    });
  });
}
