import { tmpdir } from "node:os";
import { join } from "node:path";
import { type OpenDatabase, withTenant } from "@trellis/db";
import { openTestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { ACTION_STATES, type ActionState, type OrganizationId } from "@trellis/domain";
import { createOfflineProvider } from "@trellis/drafting";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../deps.js";
import { createLocalDocumentStorage } from "../storage/local-document-storage.js";
import { fixedClock } from "../testing/fixed-clock.js";
import { DEMO_ACCOUNTS, DEMO_AGENTS } from "./demo-organization.js";
import { type DemoLogin, seedDemo } from "./seed-demo.js";

async function countRows(deps: AppDeps, organizationId: OrganizationId) {
  return withTenant(deps.db, organizationId, async ({ db }) => {
    const count = async (table: "agents" | "accounts" | "contacts" | "actions" | "drafts" | "outbox") => {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const states = await db
      .selectFrom("actions")
      .select(["state", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("state")
      .execute();
    return {
      agents: await count("agents"),
      accounts: await count("accounts"),
      contacts: await count("contacts"),
      actions: await count("actions"),
      drafts: await count("drafts"),
      outbox: await count("outbox"),
      byState: Object.fromEntries(states.map((row) => [row.state, Number(row.n)])) as Record<
        ActionState,
        number
      >,
    };
  });
}

for (const kind of testDatabaseKinds()) {
  describe(`seedDemo on ${kind}`, () => {
    let database: OpenDatabase;
    let deps: AppDeps;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      deps = {
        db: database.db,
        clock: fixedClock("2026-03-02T09:00:00.000Z"),
        drafting: createOfflineProvider(),
        mail: { from: "Northwind CS <cs@northwind.test>", messageIdDomain: "northwind.test" },
        portalUrl: "http://portal.northwind.test",
        storage: createLocalDocumentStorage(join(tmpdir(), "trellis-seed-test-uploads")),
      };
    });
    afterAll(() => database.close());

    it("creates the demo organization once, with actions in every state, and registers each login", async () => {
      const registered: DemoLogin[] = [];
      const first = await seedDemo(deps, { registerLogin: async (login) => void registered.push(login) });
      expect(first.created).toBe(true);
      expect(registered.map((login) => login.email)).toEqual(DEMO_AGENTS.map((agent) => agent.email));

      const counts = await countRows(deps, first.organizationId);
      expect(counts.agents).toBe(3);
      expect(counts.accounts).toBe(DEMO_ACCOUNTS.length);
      expect(counts.accounts).toBeGreaterThanOrEqual(20);
      expect(counts.actions).toBe(DEMO_ACCOUNTS.length * 9);
      for (const state of ACTION_STATES) expect(counts.byState[state] ?? 0, state).toBeGreaterThan(0);
      // Every executed or completed action went through execute, so it has exactly one delivery.
      expect(counts.outbox).toBe(counts.byState.executed + counts.byState.completed);

      const again = await seedDemo(deps, { registerLogin: async (login) => void registered.push(login) });
      expect(again).toMatchObject({ created: false, organizationId: first.organizationId });
      expect(await countRows(deps, first.organizationId)).toEqual(counts);
      // The logins were not linked (no better-auth here), so a later start tries them again.
      expect(registered).toHaveLength(6);
    });

    it("stores twelve weekly health snapshots for every demo account, with every status among the latest", async () => {
      const { organizationId } = await seedDemo(deps);
      const snapshots = await withTenant(deps.db, organizationId, ({ db }) =>
        db
          .selectFrom("health_snapshots")
          .select(["account_id", "score", "status", "taken_at", "indicators"])
          .orderBy("taken_at")
          .execute(),
      );
      const byAccount = new Map<string, typeof snapshots>();
      for (const snapshot of snapshots) {
        byAccount.set(snapshot.account_id, [...(byAccount.get(snapshot.account_id) ?? []), snapshot]);
      }
      expect(byAccount.size).toBe(DEMO_ACCOUNTS.length);
      for (const history of byAccount.values()) {
        expect(history).toHaveLength(12);
        expect(history.at(-1)?.taken_at.toISOString()).toBe("2026-03-02T00:00:00.000Z");
        expect(history.at(-1)?.indicators).toHaveLength(4);
      }
      const latest = [...byAccount.values()].map((history) => history.at(-1)?.status);
      expect(new Set(latest)).toEqual(new Set(["thriving", "healthy", "steady", "struggling"]));
    });

    it("leaves every ready action with an offline draft and every type of action in the demo", async () => {
      const { organizationId } = await seedDemo(deps);
      const rows = await withTenant(deps.db, organizationId, ({ db }) =>
        db
          .selectFrom("actions")
          .leftJoin("drafts", "drafts.id", "actions.current_draft_id")
          .select(["actions.state", "actions.type", "drafts.provider"])
          .execute(),
      );
      const ready = rows.filter((row) => row.state === "ready");
      expect(ready.length).toBeGreaterThan(0);
      expect(ready.every((row) => row.provider === "offline")).toBe(true);
      expect(new Set(rows.map((row) => row.type))).toEqual(
        new Set(["email", "form", "document", "meeting", "slack", "manual"]),
      );
    });
  });
}
