import { newId, type OrganizationId, RISK_LEVELS } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TenantScope, withTenant } from "../tenant-scope.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-databases.js";
import { createOrganization } from "./organizations.js";
import { listReadyQueue, type ReadyQueueQuery, type ReadyQueueRow } from "./ready-queue.js";

const NOW = new Date("2026-03-02T09:00:00.000Z");
const HOUR = 3_600_000;

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 60 accounts from tiny to huge, every risk, two owners; 8 actions each in assorted states, types and times. */
async function seedOrganization(database: TestDatabase, seed: number) {
  const organizationId = newId("organization");
  await createOrganization(database.db, {
    id: organizationId,
    name: "Org",
    slug: organizationId.toLowerCase(),
  });
  const owners = [newId("agent"), newId("agent")];
  const random = seeded(seed);
  await withTenant(database.db, organizationId, async ({ db }) => {
    await db
      .insertInto("agents")
      .values(
        owners.map((id, i) => ({
          id,
          organization_id: organizationId,
          name: `A${i}`,
          email: `${id}@x.test`,
          role: "agent" as const,
        })),
      )
      .execute();
    const accounts = [];
    const milestones = [];
    const actions = [];
    for (let a = 0; a < 60; a++) {
      const accountId = newId("account");
      const milestoneId = newId("milestone");
      accounts.push({
        id: accountId,
        organization_id: organizationId,
        name: `Account ${a}`,
        arr_minor: Math.round(1_000 * 10_000 ** random()) * 100,
        arr_currency: "USD",
        risk: RISK_LEVELS[a % 4] ?? "low",
        owner_agent_id: owners[a % 2] ?? null,
        started_at: NOW,
        custom_fields: "{}",
      });
      milestones.push({
        id: milestoneId,
        organization_id: organizationId,
        account_id: accountId,
        key: "m",
        name: "M",
        position: 0,
        starts_at: NOW,
      });
      actions.push(
        ...Array.from({ length: 8 }, (_, i) => ({
          id: newId("action"),
          organization_id: organizationId,
          account_id: accountId,
          milestone_id: milestoneId,
          key: `a${i}`,
          name: `Action ${i}`,
          type: (["email", "form", "manual"] as const)[i % 3] ?? "email",
          state:
            (["ready", "review_pending", "ready", "pending", "executed"] as const)[
              Math.floor(random() * 5)
            ] ?? "ready",
          trigger: JSON.stringify({ type: "manual" }),
          // Whole days, so many rows tie on priority and due date and the id decides.
          due_at:
            random() < 0.2 ? null : new Date(NOW.getTime() + Math.floor(random() * 30 - 12) * 24 * HOUR),
          ready_at: random() < 0.1 ? null : new Date(NOW.getTime() - Math.floor(random() * 20) * 24 * HOUR),
          updated_at: NOW,
        })),
      );
    }
    await db.insertInto("accounts").values(accounts).execute();
    await db.insertInto("milestones").values(milestones).execute();
    await db.insertInto("actions").values(actions).execute();
  });
  return { organizationId, owners };
}

async function pageThrough(
  database: TestDatabase,
  organizationId: OrganizationId,
  query: Omit<ReadyQueueQuery, "now" | "after">,
): Promise<ReadyQueueRow[]> {
  const rows: ReadyQueueRow[] = [];
  for (;;) {
    const last = rows.at(-1);
    const page = await withTenant(database.db, organizationId, (scope: TenantScope) =>
      listReadyQueue(scope, {
        ...query,
        now: NOW,
        after: last ? { priority: last.priority, dueAt: last.due_at, id: last.id } : null,
      }),
    );
    rows.push(...page);
    if (page.length < query.limit) return rows;
  }
}

const byQueueOrder = (a: ReadyQueueRow, b: ReadyQueueRow) =>
  b.priority - a.priority ||
  (a.due_at?.getTime() ?? Number.POSITIVE_INFINITY) - (b.due_at?.getTime() ?? Number.POSITIVE_INFINITY) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

for (const kind of testDatabaseKinds()) {
  describe(`listReadyQueue on ${kind}`, () => {
    let database: TestDatabase;
    let org: Awaited<ReturnType<typeof seedOrganization>>;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      org = await seedOrganization(database, 11);
      await seedOrganization(database, 12);
    });
    afterAll(async () => {
      await database?.close();
    });

    it("gives the same pages whether it ranks every row or only the accounts that can reach the page", async () => {
      const filters = [{}, { ownerAgentId: org.owners[0], types: ["email", "manual"] as const }];
      for (const filter of filters) {
        const everything = await pageThrough(database, org.organizationId, {
          ...filter,
          limit: 8,
          seedAccounts: 0,
        });
        expect(everything.length).toBeGreaterThan(16);
        expect([...everything].sort(byQueueOrder).map((row) => row.id)).toEqual(
          everything.map((row) => row.id),
        );
        expect(new Set(everything.map((row) => row.id)).size).toBe(everything.length);
        for (const seedAccounts of [2, 200]) {
          const pruned = await pageThrough(database, org.organizationId, {
            ...filter,
            limit: 8,
            seedAccounts,
          });
          expect(pruned.map((row) => [row.id, row.priority])).toEqual(
            everything.map((row) => [row.id, row.priority]),
          );
        }
      }
    });

    it("lists only the organization's ready and review_pending actions", async () => {
      const rows = await pageThrough(database, org.organizationId, { limit: 50 });
      const expected = await withTenant(database.db, org.organizationId, ({ db }) =>
        db.selectFrom("actions").select("id").where("state", "in", ["ready", "review_pending"]).execute(),
      );
      expect(rows.map((row) => row.id).sort()).toEqual(expected.map((row) => row.id).sort());
      expect(rows.every((row) => row.state === "ready" || row.state === "review_pending")).toBe(true);
    });
  });
}
