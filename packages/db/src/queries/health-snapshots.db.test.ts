import { type HealthIndicatorResult, newId, type OrganizationId } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "../tenant-scope.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-databases.js";
import {
  insertHealthSnapshots,
  latestHealthForAccounts,
  type NewHealthSnapshot,
  weeklyHealthScores,
} from "./health-snapshots.js";
import { createOrganization } from "./organizations.js";

const LOGINS: HealthIndicatorResult = {
  key: "weekly_logins",
  name: "Weekly logins",
  metric: "logins",
  aggregate: "sum",
  windowDays: 7,
  direction: "maximize",
  target: 50,
  weight: 100,
  status: "scored",
  actual: 40,
  score: 80,
  gapPercent: -20,
  effectiveWeight: 100,
  contribution: 80,
};

const at = (iso: string) => new Date(iso);

for (const kind of testDatabaseKinds()) {
  describe(`health snapshots on ${kind}`, () => {
    let database: TestDatabase;
    const orgA = newId("organization");
    const orgB = newId("organization");
    const [acme, globex, initech, umbrella] = [
      newId("account"),
      newId("account"),
      newId("account"),
      newId("account"),
    ];

    async function insertAccounts(org: OrganizationId, ids: string[]) {
      await withTenant(database.db, org, ({ db }) =>
        db
          .insertInto("accounts")
          .values(
            ids.map((id) => ({
              id,
              organization_id: org,
              name: id,
              arr_minor: 100_00,
              arr_currency: "USD",
              risk: "low" as const,
              started_at: at("2026-01-01T00:00:00Z"),
              custom_fields: "{}",
            })),
          )
          .execute(),
      );
    }

    function snapshot(accountId: string, takenAt: string, score: number): NewHealthSnapshot {
      const status =
        score >= 80 ? "thriving" : score >= 60 ? "healthy" : score >= 40 ? "steady" : "struggling";
      return { accountId, takenAt: at(takenAt), score, status, indicators: [{ ...LOGINS, score }] };
    }

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      await createOrganization(database.db, { id: orgA, name: "Org A", slug: "org-a" });
      await createOrganization(database.db, { id: orgB, name: "Org B", slug: "org-b" });
      await insertAccounts(orgA, [acme, globex, initech]);
      await insertAccounts(orgB, [umbrella]);
      await withTenant(database.db, orgA, (scope) =>
        insertHealthSnapshots(scope, [
          // Out of order on purpose: the newest must win, not the last inserted.
          snapshot(acme, "2026-02-23T06:00:00Z", 72),
          snapshot(acme, "2026-03-02T06:00:00Z", 85),
          snapshot(acme, "2026-02-16T06:00:00Z", 55),
          snapshot(globex, "2026-03-02T06:00:00Z", 31),
        ]),
      );
      await withTenant(database.db, orgB, (scope) =>
        insertHealthSnapshots(scope, [snapshot(umbrella, "2026-03-02T06:00:00Z", 90)]),
      );
    });

    afterAll(async () => {
      await database?.close();
    });

    it("gives each account its newest snapshot, and none to an account never scored", async () => {
      const latest = await withTenant(database.db, orgA, (scope) =>
        latestHealthForAccounts(scope, [acme, globex, initech]),
      );
      expect(latest.get(acme)).toEqual({
        score: 85,
        status: "thriving",
        takenAt: "2026-03-02T06:00:00.000Z",
      });
      expect(latest.get(globex)).toEqual({
        score: 31,
        status: "struggling",
        takenAt: "2026-03-02T06:00:00.000Z",
      });
      expect(latest.has(initech)).toBe(false);
      expect(latest.size).toBe(2);
    });

    it("stores the indicator results as given", async () => {
      const rows = await withTenant(database.db, orgA, ({ db }) =>
        db.selectFrom("health_snapshots").select("indicators").where("account_id", "=", globex).execute(),
      );
      expect(rows).toEqual([{ indicators: [{ ...LOGINS, score: 31 }] }]);
    });

    it("lists the newest snapshot of each recent week, oldest first", async () => {
      await withTenant(database.db, orgA, (scope) =>
        // A mid-week refresh replaces that week's point.
        insertHealthSnapshots(scope, [snapshot(globex, "2026-03-04T12:00:00Z", 35)]),
      );
      await withTenant(database.db, orgA, (scope) =>
        insertHealthSnapshots(scope, [snapshot(globex, "2026-02-23T06:00:00Z", 40)]),
      );
      const weeks = await withTenant(database.db, orgA, (scope) => weeklyHealthScores(scope, globex, 6));
      expect(weeks.map((week) => [week.takenAt, week.score])).toEqual([
        ["2026-02-23T06:00:00.000Z", 40],
        ["2026-03-04T12:00:00.000Z", 35],
      ]);
      const acmeWeeks = await withTenant(database.db, orgA, (scope) => weeklyHealthScores(scope, acme, 2));
      expect(acmeWeeks.map((week) => week.score)).toEqual([72, 85]);
    });

    it("keeps another organization's snapshots invisible, even when asked for by id", async () => {
      const fromA = await withTenant(database.db, orgA, async (scope) => ({
        latest: await latestHealthForAccounts(scope, [umbrella]),
        weeks: await weeklyHealthScores(scope, umbrella, 6),
        unfiltered: await scope.db.selectFrom("health_snapshots").select("account_id").execute(),
      }));
      expect(fromA.latest.size).toBe(0);
      expect(fromA.weeks).toEqual([]);
      expect(fromA.unfiltered.map((row) => row.account_id)).not.toContain(umbrella);
      const fromB = await withTenant(database.db, orgB, (scope) =>
        latestHealthForAccounts(scope, [umbrella, acme]),
      );
      expect([...fromB.keys()]).toEqual([umbrella]);
    });

    it("refuses to store a snapshot into another organization or with a score out of range", async () => {
      await expect(
        withTenant(database.db, orgA, ({ db }) =>
          db
            .insertInto("health_snapshots")
            .values({
              id: newId("healthSnapshot"),
              organization_id: orgB,
              account_id: umbrella,
              taken_at: at("2026-03-02T06:00:00Z"),
              score: 50,
              status: "steady",
              indicators: "[]",
            })
            .execute(),
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(
        withTenant(database.db, orgA, (scope) =>
          insertHealthSnapshots(scope, [snapshot(acme, "2026-03-09T06:00:00Z", 101)]),
        ),
      ).rejects.toThrow(/check constraint/);
    });
  });
}
