import { getDraft, insertPlaybookTemplate, listHistory, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { type ActionId, type DraftId, newId, type PlaybookDefinition } from "@trellis/domain";
import { type DraftingProvider, draftFailed } from "@trellis/drafting";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyActionEvent } from "../services/apply-action-event.js";
import { instantiatePlaybook } from "../services/instantiate-playbook.js";
import { createTestAction, createTestWorld, SAMPLE_CONTENT, type TestWorld } from "../testing/index.js";
import { createDeliverySenders } from "./delivery-senders.js";
import { testWorker } from "./worker-test-support.js";

const HOUR = 3_600_000;

const ONBOARDING: PlaybookDefinition = {
  name: "Onboarding",
  description: "Welcome and kickoff",
  milestones: [
    {
      key: "onboarding",
      name: "Onboarding",
      description: "Get the customer started",
      startOffsetHours: 0,
      actions: [
        {
          key: "welcome_email",
          name: "Welcome email",
          type: "email",
          purpose: "Welcome the customer and introduce their CSM.",
          trigger: { type: "offset", anchor: "account_start", offsetHours: 1 },
          blocker: false,
          dueAfterHours: 24,
          content: SAMPLE_CONTENT.email,
        },
        {
          key: "kickoff_call",
          name: "Kickoff call",
          type: "meeting",
          purpose: "Agree goals and a timeline.",
          trigger: { type: "offset", anchor: "milestone_start", offsetHours: 48 },
          blocker: true,
          dueAfterHours: null,
          content: null,
        },
      ],
    },
  ],
};

/** A provider that fails the way the OpenAI provider reports giving up after its own retries. */
const failingProvider: DraftingProvider = {
  name: "openai",
  draft: async () =>
    draftFailed("openai", "rate_limited", "Rate limited by the model server after 3 retries"),
};

for (const kind of testDatabaseKinds()) {
  describe(`draft jobs on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
    });
    afterAll(async () => {
      await database?.close();
    });

    const worker = (drafting?: DraftingProvider) =>
      testWorker(
        world,
        createDeliverySenders(database.db, world.deps.clock, { portalUrl: world.deps.portalUrl }),
        drafting ? { drafting } : {},
      );

    const readAction = (actionId: string) =>
      withTenant(database.db, world.organizationId, async (scope) => {
        const action = await scope.db
          .selectFrom("actions")
          .selectAll()
          .where("id", "=", actionId)
          .executeTakeFirstOrThrow();
        const draft = action.current_draft_id
          ? await getDraft(scope, action.current_draft_id as DraftId)
          : null;
        const jobs = await scope.db
          .selectFrom("jobs")
          .selectAll()
          .where("dedupe_key", "=", `draft:${actionId}`)
          .execute();
        return { action, draft, jobs, history: await listHistory(scope, actionId) };
      });

    it("fires a due offset trigger once and makes the action ready with an offline draft of the template", async () => {
      const template = await withTenant(database.db, world.organizationId, (scope) =>
        insertPlaybookTemplate(scope, {
          id: newId("playbookTemplate"),
          definition: ONBOARDING,
          at: world.deps.clock.now(),
        }),
      );
      const created = await withTenant(database.db, world.organizationId, (scope) =>
        instantiatePlaybook(
          world.deps,
          scope,
          { templateId: template.id, accountId: world.accountId },
          {
            kind: "system",
            component: "test",
          },
        ),
      );
      const [welcome, kickoff] = created.actions;
      const drafter = worker();

      expect(await drafter.tick()).toMatchObject({ fired: 0, jobs: 0 });
      world.deps.clock.advance(HOUR);
      expect(await drafter.tick()).toMatchObject({ fired: 1, jobs: 1 });
      expect(await drafter.tick()).toMatchObject({ fired: 0, jobs: 0 });

      const drafted = await readAction(welcome?.id ?? "");
      expect(drafted.action.state).toBe("ready");
      expect(drafted.action.triggered_at).toEqual(new Date(world.deps.clock.now()));
      expect(drafted.jobs).toHaveLength(1);
      expect(drafted.jobs[0]).toMatchObject({ status: "done", attempts: 1 });
      expect(drafted.draft).toMatchObject({ origin: "generated", provider: "offline", model: null });
      expect(drafted.draft?.content).toMatchObject({ type: "email", to: ["{{contact.email}}"] });
      expect(drafted.history.at(-1)).toMatchObject({
        fromState: "pending",
        toState: "ready",
        actor: { kind: "system", component: "worker" },
        event: { type: "draft_generated", provider: "offline", draftId: drafted.draft?.id },
      });
      expect((await readAction(kickoff?.id ?? "")).action.state).toBe("pending");

      world.deps.clock.advance(48 * HOUR);
      await drafter.tick();
      const meeting = await readAction(kickoff?.id ?? "");
      expect(meeting.action.state).toBe("ready");
      expect(meeting.draft?.content.type).toBe("meeting");
      expect(drafter.errors).toEqual([]);
    });

    it("leaves the action ready with a visible draft failure when the provider gives up", async () => {
      const actionId = await createTestAction(world, { type: "email" });
      await withTenant(database.db, world.organizationId, (scope) =>
        scope.db
          .updateTable("actions")
          .set({ fires_at: world.deps.clock.now() })
          .where("id", "=", actionId)
          .execute(),
      );
      await worker(failingProvider).tick();

      const { action, jobs, history } = await readAction(actionId);
      expect(action).toMatchObject({
        state: "ready",
        current_draft_id: null,
        draft_failure_reason: "Rate limited by the model server after 3 retries",
      });
      expect(jobs[0]?.status).toBe("done");
      expect(history.at(-1)?.event).toEqual({
        type: "draft_failed",
        reason: "Rate limited by the model server after 3 retries",
      });
      const notifications = await withTenant(database.db, world.organizationId, (scope) =>
        scope.db.selectFrom("notifications").selectAll().where("action_id", "=", actionId).execute(),
      );
      expect(notifications.map((notification) => notification.kind)).toEqual(["draft_failed"]);
    });

    it("writes a regenerated draft with the agent's instructions and keeps it for review", async () => {
      const actionId = (await createTestAction(world, { type: "email", state: "ready" })) as ActionId;
      await withTenant(database.db, world.organizationId, (scope) =>
        applyActionEvent(
          world.deps,
          scope,
          actionId,
          { type: "regenerate", instructions: "Make it more casual" },
          {
            kind: "agent",
            agentId: world.agent.agentId,
            name: world.agent.name,
          },
        ),
      );
      await worker().tick();

      const { action, draft } = await readAction(actionId);
      expect(action.state).toBe("review_pending");
      expect(draft).toMatchObject({ origin: "regenerated", instructions: "Make it more casual" });
      expect(draft?.content).toMatchObject({ type: "email" });
      expect(draft?.content.type === "email" && draft.content.bodyHtml).toContain("Hey");
    });

    it("gives up on a job that keeps crashing and shows the failure on the action", async () => {
      const actionId = await createTestAction(world, { type: "email" });
      await withTenant(database.db, world.organizationId, (scope) =>
        scope.db
          .updateTable("actions")
          .set({ fires_at: world.deps.clock.now() })
          .where("id", "=", actionId)
          .execute(),
      );
      const crashing: DraftingProvider = {
        name: "broken",
        draft: async () => {
          throw new Error("provider bug");
        },
      };
      const drafter = worker(crashing);
      for (let attempt = 0; attempt < 5; attempt++) {
        await drafter.tick();
        world.deps.clock.advance(10 * 60_000);
      }

      const { action, jobs } = await readAction(actionId);
      expect(jobs[0]).toMatchObject({ status: "failed", attempts: 5, last_error: "provider bug" });
      expect(action.state).toBe("ready");
      expect(action.draft_failure_reason).toBe("The draft could not be generated: provider bug");
      expect(drafter.errors).toHaveLength(5);
    });
  });
}
