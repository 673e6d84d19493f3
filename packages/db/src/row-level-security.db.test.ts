import { newId, type OrganizationId } from "@trellis/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TENANT_TABLES } from "./migrations/0001-core-schema.js";
import { PORTAL_TENANT_TABLES } from "./migrations/0007-portal.js";
import { HEALTH_TENANT_TABLES } from "./migrations/0008-health-snapshots.js";
import { createOrganization } from "./queries/organizations.js";
import { withTenant } from "./tenant-scope.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "./testing/test-databases.js";

for (const kind of testDatabaseKinds()) {
  describe(`row-level security on ${kind}`, () => {
    let database: TestDatabase;
    const orgA = newId("organization");
    const orgB = newId("organization");

    async function seed(org: OrganizationId, accountName: string) {
      await withTenant(database.db, org, async ({ db }) => {
        await db
          .insertInto("accounts")
          .values({
            id: newId("account"),
            organization_id: org,
            name: accountName,
            arr_minor: 100_00,
            arr_currency: "USD",
            risk: "low",
            started_at: new Date(),
            custom_fields: "{}",
          })
          .execute();
      });
    }

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      await createOrganization(database.db, { id: orgA, name: "Org A", slug: "org-a" });
      await createOrganization(database.db, { id: orgB, name: "Org B", slug: "org-b" });
      await seed(orgA, "Acme");
      await seed(orgB, "Globex");
    });

    afterAll(async () => {
      await database?.close();
    });

    it("shows a tenant only its own rows even when a query forgets to filter", async () => {
      const names = await withTenant(database.db, orgA, ({ db }) =>
        db.selectFrom("accounts").select("name").execute(),
      );
      expect(names).toEqual([{ name: "Acme" }]);
    });

    it("shows nothing outside a tenant transaction", async () => {
      const rows = await database.db.selectFrom("accounts").select("name").execute();
      expect(rows).toEqual([]);
    });

    it("refuses to write a row into another organization", async () => {
      await expect(
        withTenant(database.db, orgA, ({ db }) =>
          db
            .insertInto("accounts")
            .values({
              id: newId("account"),
              organization_id: orgB,
              name: "Smuggled",
              arr_minor: 1,
              arr_currency: "USD",
              risk: "low",
              started_at: new Date(),
              custom_fields: "{}",
            })
            .execute(),
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it("cannot update or delete another organization's rows", async () => {
      const result = await withTenant(database.db, orgA, ({ db }) =>
        db.updateTable("accounts").set({ name: "Hijacked" }).where("name", "=", "Globex").executeTakeFirst(),
      );
      expect(result.numUpdatedRows).toBe(0n);
      const globex = await withTenant(database.db, orgB, ({ db }) =>
        db.selectFrom("accounts").select("name").execute(),
      );
      expect(globex).toEqual([{ name: "Globex" }]);
    });

    it("runs as a role that row-level security applies to, on every tenant table", async () => {
      const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`
        select rolsuper, rolbypassrls from pg_roles where rolname = current_user
      `.execute(database.db);
      expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
      const policies = await sql<{ tablename: string }>`
        select tablename from pg_policies where policyname = 'tenant_isolation' order by tablename
      `.execute(database.db);
      expect(policies.rows.map((row) => row.tablename)).toEqual(
        [...TENANT_TABLES, ...PORTAL_TENANT_TABLES, ...HEALTH_TENANT_TABLES, "organizations"].sort(),
      );
    });
  });
}
