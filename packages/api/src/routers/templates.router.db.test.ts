import { type TrellisDb, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { type ActionId, type Actor, newId, type PlaybookDefinition } from "@trellis/domain";
import type { ActionEvent } from "@trellis/lifecycle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyActionEvent } from "../services/apply-action-event.js";
import { callerFor, createTestWorld, SAMPLE_CONTENT, type TestWorld } from "../testing/index.js";

const HOUR = 3_600_000;

const onboarding: PlaybookDefinition = {
  name: "SaaS onboarding",
  description: "From signature to go-live.",
  milestones: [
    {
      key: "welcome",
      name: "Welcome",
      description: "First week",
      startOffsetHours: 0,
      actions: [
        {
          key: "welcome_email",
          name: "Welcome email",
          type: "email",
          purpose: "Welcome the customer",
          trigger: { type: "offset", anchor: "milestone_start", offsetHours: 2 },
          blocker: true,
          dueAfterHours: 24,
          content: null,
        },
        {
          key: "kickoff_form",
          name: "Kickoff questionnaire",
          type: "form",
          purpose: "Learn about the team",
          trigger: { type: "event", on: { kind: "action_completed", actionKey: "welcome_email" } },
          blocker: false,
          dueAfterHours: 48,
          content: null,
        },
      ],
    },
    {
      key: "go_live",
      name: "Go live",
      description: "",
      startOffsetHours: 336,
      actions: [
        {
          key: "go_live_email",
          name: "Go-live announcement",
          type: "email",
          purpose: "Announce the go-live",
          trigger: { type: "offset", anchor: "account_start", offsetHours: 400 },
          blocker: false,
          dueAfterHours: null,
          content: null,
        },
        {
          key: "sandbox",
          name: "Provision sandbox",
          type: "manual",
          purpose: "Set up the sandbox",
          trigger: { type: "manual" },
          blocker: false,
          dueAfterHours: null,
          content: null,
        },
      ],
    },
  ],
};

async function addAccount(world: TestWorld, db: TrellisDb, name: string): Promise<string> {
  const accountId = newId("account");
  await withTenant(db, world.organizationId, async ({ db: trx }) => {
    await trx
      .insertInto("accounts")
      .values({
        id: accountId,
        organization_id: world.organizationId,
        name,
        domains: ["acme.com"],
        arr_minor: 5_000_000,
        arr_currency: "USD",
        risk: "low",
        owner_agent_id: world.agent.agentId,
        started_at: world.deps.clock.now(),
        custom_fields: "{}",
      })
      .execute();
    await trx
      .insertInto("contacts")
      .values({
        id: newId("contact"),
        organization_id: world.organizationId,
        account_id: accountId,
        first_name: "Ana",
        email: `ana.${accountId.slice(-6).toLowerCase()}@acme.com`,
        is_primary: true,
        custom_fields: "{}",
      })
      .execute();
  });
  return accountId;
}

async function tableCounts(db: TrellisDb, world: TestWorld) {
  return withTenant(db, world.organizationId, async ({ db: trx }) => {
    const count = async (table: "milestones" | "actions" | "action_history" | "playbook_templates") => {
      const row = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    };
    return {
      milestones: await count("milestones"),
      actions: await count("actions"),
      history: await count("action_history"),
      templates: await count("playbook_templates"),
    };
  });
}

for (const kind of testDatabaseKinds()) {
  describe(`templates router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let agentWorld: TestWorld;
    let otherWorld: TestWorld;
    let templateId: string;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      agentWorld = await createTestWorld(database.db, { role: "agent" });
      otherWorld = await createTestWorld(database.db);
      const created = await callerFor(world).templates.create({ definition: onboarding });
      templateId = created.id;
    });
    afterAll(async () => {
      await database?.close();
    });

    it("creates, lists and gets a template", async () => {
      const caller = callerFor(world);
      const template = await caller.templates.get({ id: templateId });
      expect(template).toMatchObject({
        id: templateId,
        organizationId: world.organizationId,
        version: 1,
        definition: onboarding,
        accountCount: 0,
      });
      const list = await caller.templates.list();
      expect(list).toEqual([
        expect.objectContaining({
          id: templateId,
          name: "SaaS onboarding",
          version: 1,
          milestoneCount: 2,
          actionCount: 4,
        }),
      ]);
    });

    it("updates with optimistic concurrency: a stale version is a CONFLICT and changes nothing", async () => {
      const caller = callerFor(world);
      const draft = await caller.templates.create({ definition: { ...onboarding, name: "Draft playbook" } });
      const renamed = await caller.templates.update({
        id: draft.id,
        expectedVersion: 1,
        definition: { ...onboarding, name: "Enterprise playbook" },
      });
      expect(renamed).toMatchObject({ version: 2, definition: { name: "Enterprise playbook" } });
      await expect(
        caller.templates.update({
          id: draft.id,
          expectedVersion: 1,
          definition: { ...onboarding, name: "Stale edit" },
        }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      expect(await caller.templates.get({ id: draft.id })).toMatchObject({
        version: 2,
        definition: { name: "Enterprise playbook" },
      });
      await expect(
        caller.templates.update({
          id: newId("playbookTemplate"),
          expectedVersion: 1,
          definition: onboarding,
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("refuses a definition that breaks the playbook rules with BAD_REQUEST, writing nothing", async () => {
      const before = await tableCounts(database.db, world);
      const [welcome, goLive] = onboarding.milestones;
      const duplicateKey = {
        ...onboarding,
        milestones: [welcome, { ...goLive, key: "welcome" }],
      } as PlaybookDefinition;
      await expect(callerFor(world).templates.create({ definition: duplicateKey })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(
        callerFor(world).templates.create({ definition: { ...onboarding, milestones: [] } }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await tableCounts(database.db, world)).toEqual(before);
    });

    it("lets only admins author templates", async () => {
      const caller = callerFor(agentWorld);
      await expect(caller.templates.create({ definition: onboarding })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        caller.templates.update({ id: templateId, expectedVersion: 1, definition: onboarding }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await caller.templates.list()).toEqual([]);
      await expect(callerFor(world, "anonymous").templates.list()).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    });

    it("instantiates a template for an account once; a second time is a CONFLICT that writes nothing", async () => {
      const caller = callerFor(world);
      const accountId = await addAccount(world, database.db, "Initech");
      const started = world.deps.clock.now().getTime();
      const instance = await caller.templates.instantiate({ templateId, accountId });
      expect(instance.templateVersion).toBe(1);
      expect(instance.milestones.map((milestone) => [milestone.key, milestone.position])).toEqual([
        ["welcome", 0],
        ["go_live", 1],
      ]);
      expect(instance.milestones[1]?.startsAt).toBe(new Date(started + 336 * HOUR).toISOString());
      expect(
        instance.actions.map((action) => ({ key: action.key, state: action.state, dueAt: action.dueAt })),
      ).toEqual([
        { key: "welcome_email", state: "pending", dueAt: new Date(started + 26 * HOUR).toISOString() },
        { key: "kickoff_form", state: "pending", dueAt: null },
        { key: "go_live_email", state: "pending", dueAt: null },
        { key: "sandbox", state: "pending", dueAt: null },
      ]);
      const firesAt = await withTenant(database.db, world.organizationId, ({ db }) =>
        db
          .selectFrom("actions")
          .select(["key", "fires_at"])
          .where("account_id", "=", accountId)
          .orderBy("key")
          .execute(),
      );
      expect(firesAt).toEqual([
        { key: "go_live_email", fires_at: new Date(started + 400 * HOUR) },
        { key: "kickoff_form", fires_at: null },
        { key: "sandbox", fires_at: null },
        { key: "welcome_email", fires_at: new Date(started + 2 * HOUR) },
      ]);
      expect((await caller.milestones.listByAccount({ accountId })).map((m) => m.progress.total)).toEqual([
        2, 2,
      ]);
      expect((await caller.templates.get({ id: templateId })).accountCount).toBe(1);

      const before = await tableCounts(database.db, world);
      expect(before.history).toBeGreaterThanOrEqual(4);
      await expect(caller.templates.instantiate({ templateId, accountId })).rejects.toMatchObject({
        code: "CONFLICT",
      });
      expect(await tableCounts(database.db, world)).toEqual(before);
    });

    it("refuses an instantiation whose keys clash with the account's own, writing nothing", async () => {
      // The test world's account already has a milestone keyed "kickoff".
      const clashing = await callerFor(world).templates.create({
        definition: {
          ...onboarding,
          name: "Clashing",
          milestones: [
            { ...(onboarding.milestones[0] as PlaybookDefinition["milestones"][0]), key: "kickoff" },
          ],
        },
      });
      const before = await tableCounts(database.db, world);
      await expect(
        callerFor(world).templates.instantiate({ templateId: clashing.id, accountId: world.accountId }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining('milestone "kickoff"') });
      expect(await tableCounts(database.db, world)).toEqual(before);
    });

    it("lets any agent instantiate, and keeps other organizations' templates and accounts out", async () => {
      const agentTemplate = await callerFor(world).templates.create({ definition: onboarding });
      expect(agentTemplate.organizationId).toBe(world.organizationId);
      // An agent of another organization sees neither the template nor the account.
      const other = callerFor(otherWorld);
      expect(await other.templates.list()).toEqual([]);
      await expect(other.templates.get({ id: templateId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(other.templates.feedback({ id: templateId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        other.templates.instantiate({ templateId, accountId: otherWorld.accountId }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        callerFor(world).templates.instantiate({ templateId, accountId: otherWorld.accountId }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });

      // A plain agent (role "agent") of the organization may instantiate.
      const plainAgent = { ...world, agent: { ...world.agent, role: "agent" as const } };
      const accountId = await addAccount(world, database.db, "Hooli");
      const instance = await callerFor(plainAgent).templates.instantiate({
        templateId: agentTemplate.id,
        accountId,
      });
      expect(instance.actions).toHaveLength(4);
      await expect(
        callerFor(plainAgent).templates.instantiate({ templateId: "tpl_nope", accountId }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });

    it("reports per template action how often it was edited before execute, skipped or regenerated", async () => {
      const caller = callerFor(world);
      const feedbackTemplate = await caller.templates.create({
        definition: { ...onboarding, name: "Measured" },
      });
      const agent: Actor = { kind: "agent", agentId: world.agent.agentId, name: world.agent.name };
      const worker: Actor = { kind: "system", component: "test" };

      async function play(actionId: string, steps: readonly ("draft" | "edit" | ActionEvent)[]) {
        await withTenant(database.db, world.organizationId, async (scope) => {
          for (const step of steps) {
            if (step === "draft" || step === "edit") {
              const draftId = newId("draft");
              await scope.db
                .insertInto("drafts")
                .values({
                  id: draftId,
                  organization_id: world.organizationId,
                  action_id: actionId,
                  content: JSON.stringify({ ...SAMPLE_CONTENT.email, to: ["ana.silva@acme.com"] }),
                  origin: step === "draft" ? "generated" : "edited",
                  created_by: JSON.stringify(step === "draft" ? worker : agent),
                })
                .execute();
              const event: ActionEvent =
                step === "draft"
                  ? { type: "draft_generated", draftId, provider: "offline", model: null }
                  : { type: "edit", draftId, fields: ["subject"] };
              await applyActionEvent(
                world.deps,
                scope,
                actionId as ActionId,
                event,
                step === "draft" ? worker : agent,
              );
            } else {
              await applyActionEvent(world.deps, scope, actionId as ActionId, step, agent);
            }
          }
        });
      }
      const execute = (key: string): ActionEvent => ({
        type: "execute",
        confirmed: true,
        idempotencyKey: key,
      });
      const regenerate: ActionEvent = { type: "regenerate", instructions: "Shorter" };

      const instances = [];
      for (const name of ["Alpha", "Beta", "Gamma"]) {
        const accountId = await addAccount(world, database.db, name);
        const instance = await caller.templates.instantiate({ templateId: feedbackTemplate.id, accountId });
        instances.push(new Map(instance.actions.map((action) => [action.key, action.id])));
      }
      const [alpha, beta, gamma] = instances as [
        Map<string, string>,
        Map<string, string>,
        Map<string, string>,
      ];
      await play(alpha.get("welcome_email") ?? "", ["draft", "edit", "edit", execute("a")]);
      await play(beta.get("welcome_email") ?? "", ["draft", execute("b")]);
      await play(gamma.get("welcome_email") ?? "", ["draft", "edit"]);
      await play(alpha.get("go_live_email") ?? "", ["draft", regenerate, regenerate]);
      await play(beta.get("go_live_email") ?? "", ["draft", regenerate, { type: "skip", reason: "Late" }]);
      await play(gamma.get("go_live_email") ?? "", [{ type: "skip", reason: "Not needed" }]);

      // Version 2 drops the sandbox action; its instances still count, listed after the template's actions.
      const [welcome, goLive] = onboarding.milestones as [
        PlaybookDefinition["milestones"][0],
        PlaybookDefinition["milestones"][0],
      ];
      await caller.templates.update({
        id: feedbackTemplate.id,
        expectedVersion: 1,
        definition: {
          ...onboarding,
          name: "Measured",
          milestones: [welcome, { ...goLive, actions: goLive.actions.filter((a) => a.key !== "sandbox") }],
        },
      });

      const feedback = await caller.templates.feedback({ id: feedbackTemplate.id });
      expect(feedback.version).toBe(2);
      expect(feedback.actions.map((action) => [action.key, action.inTemplate])).toEqual([
        ["welcome_email", true],
        ["kickoff_form", true],
        ["go_live_email", true],
        ["sandbox", false],
      ]);
      expect(feedback.actions[0]).toMatchObject({
        name: "Welcome email",
        milestoneKey: "welcome",
        instances: 3,
        executed: 2,
        editedBeforeExecute: 1,
        editsBeforeExecute: 2,
        skipped: 0,
        regenerated: 0,
        rates: { editedBeforeExecute: 0.5, skipped: 0, regenerated: 0 },
      });
      expect(feedback.actions[2]).toMatchObject({
        instances: 3,
        executed: 0,
        skipped: 2,
        regenerated: 2,
        regenerations: 3,
        rates: { editedBeforeExecute: null, skipped: 0.667, regenerated: 0.667 },
      });
      expect(feedback.actions[3]).toMatchObject({ name: "sandbox", type: null, instances: 3, skipped: 0 });
      expect(feedback.totals).toMatchObject({
        instances: 12,
        executed: 2,
        editedBeforeExecute: 1,
        editsBeforeExecute: 2,
        skipped: 2,
        regenerated: 2,
        regenerations: 3,
      });
    });
  });
}
