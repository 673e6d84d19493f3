import { insertHealthSnapshots, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { newId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestAction, createTestWorld, type TestWorld } from "../testing/index.js";

const EXTRA_ACCOUNTS = [
  "Globex",
  "Initech",
  "Umbrella",
  "acme labs",
  "ACME Robotics",
  "Hooli",
  "Pied Piper",
  "Stark Industries",
  "Wayne Enterprises",
  "Wonka 100% Chocolate",
  "Tyrell",
  "Cyberdyne",
];

for (const kind of testDatabaseKinds()) {
  describe(`accounts router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db, { role: "agent" });
      otherWorld = await createTestWorld(database.db);
      await withTenant(database.db, world.organizationId, async ({ db }) => {
        await db
          .insertInto("accounts")
          .values(
            EXTRA_ACCOUNTS.map((name, index) => ({
              id: newId("account"),
              organization_id: world.organizationId,
              name,
              arr_minor: (index + 1) * 1_000_000,
              arr_currency: "EUR",
              risk: "low" as const,
              owner_agent_id: null,
              started_at: world.deps.clock.now(),
              custom_fields: "{}",
            })),
          )
          .execute();
      });
      for (const state of ["ready", "ready", "executed", "skipped", "pending"] as const) {
        await createTestAction(world, { state });
      }
    });
    afterAll(async () => {
      await database?.close();
    });

    it("pages through every account by name exactly once, with ARR, risk, owner and counts by state", async () => {
      const caller = callerFor(world);
      const names: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await caller.accounts.list({ limit: 5, cursor });
        names.push(...page.items.map((item) => item.name));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(names).toHaveLength(EXTRA_ACCOUNTS.length + 1);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain("Acme Corp");
      expect(names).not.toContain(undefined);

      const { items } = await caller.accounts.list({ search: "acme corp" });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        id: world.accountId,
        name: "Acme Corp",
        arr: { amountMinor: 12_000_000, currency: "USD" },
        risk: "medium",
        owner: { id: world.agent.agentId, name: "Dana Reyes" },
        actionCounts: { pending: 1, ready: 2, review_pending: 0, executed: 1, completed: 0, skipped: 1 },
      });
    });

    it("searches by part of the name in any case, taking % literally", async () => {
      const caller = callerFor(world);
      const acme = await caller.accounts.list({ search: "ACME" });
      expect(acme.items.map((item) => item.name).sort()).toEqual(["ACME Robotics", "Acme Corp", "acme labs"]);
      expect(acme.items.find((item) => item.name === "acme labs")).toMatchObject({
        owner: null,
        actionCounts: { pending: 0, ready: 0, executed: 0 },
      });
      const percent = await caller.accounts.list({ search: "100%" });
      expect(percent.items.map((item) => item.name)).toEqual(["Wonka 100% Chocolate"]);
      expect((await caller.accounts.list({ search: "%" })).items.map((item) => item.name)).toEqual([
        "Wonka 100% Chocolate",
      ]);
    });

    it("gets an account with its contacts and milestones", async () => {
      const details = await callerFor(world).accounts.get({ id: world.accountId });
      expect(details.account).toMatchObject({ id: world.accountId, name: "Acme Corp", risk: "medium" });
      expect(details.contacts).toEqual([
        expect.objectContaining({ id: world.contactId, email: "ana.silva@acme.com", isPrimary: true }),
      ]);
      expect(details.milestones).toEqual([
        expect.objectContaining({
          id: world.milestoneId,
          name: "Kickoff",
          complete: false,
          progress: expect.objectContaining({ total: 5, done: 1, percent: 20, openBlockers: 0 }),
        }),
      ]);
    });

    it("shows each account's latest health in the list, and its last six weekly scores on its page", async () => {
      const weeks = [64, 61, 58, 55, 50, 47, 44, 41];
      await withTenant(database.db, world.organizationId, (scope) =>
        insertHealthSnapshots(
          scope,
          weeks.map((score, index) => ({
            accountId: world.accountId,
            takenAt: new Date(Date.UTC(2026, 0, 5 + index * 7, 6)),
            score,
            status:
              score >= 60
                ? ("healthy" as const)
                : score >= 40
                  ? ("steady" as const)
                  : ("struggling" as const),
            indicators: [],
          })),
        ),
      );
      const caller = callerFor(world);
      const { items } = await caller.accounts.list({ search: "acme" });
      expect(items.find((item) => item.id === world.accountId)?.health).toEqual({
        score: 41,
        status: "steady",
        takenAt: "2026-02-23T06:00:00.000Z",
      });
      expect(items.find((item) => item.name === "acme labs")?.health).toBeNull();

      const details = await caller.accounts.get({ id: world.accountId });
      expect(details.health).toEqual({ score: 41, status: "steady", takenAt: "2026-02-23T06:00:00.000Z" });
      expect(details.healthHistory.map((point) => point.score)).toEqual([58, 55, 50, 47, 44, 41]);

      const other = await callerFor(otherWorld).accounts.list({});
      expect(other.items.map((item) => item.health)).toEqual([null]);
    });

    it("keeps other organizations' accounts out", async () => {
      const caller = callerFor(otherWorld);
      const { items } = await caller.accounts.list({ limit: 100 });
      expect(items.map((item) => item.id)).toEqual([otherWorld.accountId]);
      await expect(caller.accounts.get({ id: world.accountId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("refuses anonymous callers and bad input", async () => {
      await expect(callerFor(world, "anonymous").accounts.list({})).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
      await expect(callerFor(world).accounts.list({ limit: 101 })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(callerFor(world).accounts.list({ cursor: "eyJ4IjoxfQ" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(callerFor(world).accounts.get({ id: "acme" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    });
  });
}
