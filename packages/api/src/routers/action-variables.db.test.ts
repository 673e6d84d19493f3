import { withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerFor,
  createTestAction,
  createTestWorld,
  SAMPLE_CONTENT,
  type TestWorld,
} from "../testing/index.js";

for (const kind of testDatabaseKinds()) {
  describe(`actions.get variables on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      await withTenant(database.db, world.organizationId, async ({ db }) => {
        await db
          .updateTable("accounts")
          .set({ custom_fields: JSON.stringify({ plan_name: "Enterprise", seats: 40, renewal_owner: null }) })
          .where("id", "=", world.accountId)
          .execute();
        await db
          .updateTable("contacts")
          .set({ custom_fields: JSON.stringify({ region: "EMEA" }) })
          .where("id", "=", world.contactId)
          .execute();
      });
    });
    afterAll(async () => {
      await database?.close();
    });

    it("gives every variable the value it would be sent with, and null where there is none", async () => {
      const actionId = await createTestAction(world, {
        type: "email",
        state: "ready",
        content: { ...SAMPLE_CONTENT.email, bodyHtml: "<p>Your tier: {{account.tier}}</p>" },
      });
      const { variables } = await callerFor(world).actions.get({ actionId });
      expect(variables).toEqual([
        { name: "contact.first_name", value: "Ana" },
        { name: "contact.last_name", value: "Silva" },
        { name: "contact.email", value: "ana.silva@acme.com" },
        { name: "account.name", value: "Acme Corp" },
        { name: "agent.name", value: "Dana Reyes" },
        { name: "agent.email", value: expect.stringMatching(/^dana@/) },
        { name: "milestone.name", value: "Kickoff" },
        // The action has no due date, so the variable has nothing to render.
        { name: "action.due_date", value: null },
        { name: "account.plan_name", value: "Enterprise" },
        { name: "account.renewal_owner", value: null },
        { name: "account.seats", value: "40" },
        { name: "contact.region", value: "EMEA" },
        // Used by the draft but known nowhere: listed so the agent sees why it cannot be sent.
        { name: "account.tier", value: null },
      ]);
    });

    it("formats the due date in the account owner's time zone, as the send path does", async () => {
      const actionId = await createTestAction(world, { type: "slack", state: "ready" });
      await withTenant(database.db, world.organizationId, ({ db }) =>
        db
          .updateTable("actions")
          .set({ due_at: new Date("2026-03-02T23:30:00.000Z") })
          .where("id", "=", actionId)
          .execute(),
      );
      const { variables } = await callerFor(world).actions.get({ actionId });
      expect(variables.find((variable) => variable.name === "action.due_date")).toEqual({
        name: "action.due_date",
        value: "Monday, March 2, 2026",
      });
    });
  });
}
