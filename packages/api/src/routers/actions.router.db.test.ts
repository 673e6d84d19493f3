import { withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import type { AccountId, ActionId, MilestoneId, PlaybookDefinition } from "@trellis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instantiatePlaybook } from "../services/instantiate-playbook.js";
import { createPlaybookTemplate } from "../services/playbook-templates.js";
import {
  callerFor,
  createTestAction,
  createTestWorld,
  SAMPLE_CONTENT,
  type TestWorld,
} from "../testing/index.js";

for (const kind of testDatabaseKinds()) {
  describe(`actions router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      otherWorld = await createTestWorld(database.db);
    });
    afterAll(async () => {
      await database?.close();
    });

    /** Row counts the tests use to prove that a refused command wrote nothing. */
    const footprint = (actionId: ActionId) =>
      withTenant(database.db, world.organizationId, async (scope) => {
        const count = async (table: "drafts" | "action_history" | "outbox" | "notes" | "jobs") =>
          Number(
            (
              await scope.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as("n"))
                .where(
                  table === "jobs" ? "organization_id" : "action_id",
                  "=",
                  table === "jobs" ? scope.organizationId : actionId,
                )
                .executeTakeFirstOrThrow()
            ).n,
          );
        const action = await scope.db
          .selectFrom("actions")
          .select(["state", "version", "current_draft_id"])
          .where("id", "=", actionId)
          .executeTakeFirstOrThrow();
        return {
          ...action,
          drafts: await count("drafts"),
          history: await count("action_history"),
          outbox: await count("outbox"),
          notes: await count("notes"),
        };
      });

    describe("listByAccount", () => {
      it("groups an account's actions by milestone in milestone and playbook order, and filters by state", async () => {
        const accountId = await withTenant(database.db, world.organizationId, async (scope) => {
          const account = await scope.db
            .insertInto("accounts")
            .values({
              id: "acc_01JQ0000000000000000000001",
              organization_id: world.organizationId,
              name: "Globex",
              domains: ["globex.com"],
              arr_minor: 5_000_000,
              arr_currency: "USD",
              risk: "low",
              owner_agent_id: world.agent.agentId,
              started_at: world.deps.clock.now(),
              custom_fields: "{}",
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          const definition: PlaybookDefinition = {
            name: "Onboarding",
            description: "",
            milestones: [
              {
                key: "welcome",
                name: "Welcome",
                description: "",
                startOffsetHours: 0,
                actions: ["zeta_email", "alpha_call", "mid_form"].map((key) => ({
                  key,
                  name: key,
                  type: "manual" as const,
                  purpose: "",
                  trigger: { type: "manual" as const },
                  blocker: false,
                  dueAfterHours: null,
                  content: null,
                })),
              },
              {
                key: "go_live",
                name: "Go live",
                description: "",
                startOffsetHours: 24,
                actions: [
                  {
                    key: "launch",
                    name: "Launch",
                    type: "manual",
                    purpose: "",
                    trigger: { type: "manual" },
                    blocker: true,
                    dueAfterHours: null,
                    content: null,
                  },
                ],
              },
            ],
          };
          const template = await createPlaybookTemplate(world.deps, scope, definition);
          await instantiatePlaybook(
            world.deps,
            scope,
            { templateId: template.id, accountId: account.id },
            { kind: "system", component: "test" },
          );
          return account.id;
        });

        const caller = callerFor(world);
        const all = await caller.actions.listByAccount({ accountId });
        expect(all.milestones.map((group) => group.milestone.key)).toEqual(["welcome", "go_live"]);
        expect(all.milestones.map((group) => group.actions.map((action) => action.key))).toEqual([
          ["zeta_email", "alpha_call", "mid_form"],
          ["launch"],
        ]);

        const ready = await caller.actions.listByAccount({ accountId, states: ["ready", "review_pending"] });
        expect(ready.milestones.map((group) => group.actions.length)).toEqual([0, 0]);
        const pending = await caller.actions.listByAccount({ accountId, states: ["pending"] });
        expect(pending.milestones.flatMap((group) => group.actions).map((action) => action.state)).toEqual([
          "pending",
          "pending",
          "pending",
          "pending",
        ]);
      });

      it("does not show another organization's account", async () => {
        await expect(
          callerFor(otherWorld).actions.listByAccount({ accountId: world.accountId as AccountId }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
      });
    });

    describe("get", () => {
      it("returns the draft, its problems, notes, history and exactly the events the agent may send", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        const caller = callerFor(world);
        await caller.actions.addNote({ actionId, body: "Ana prefers mornings" });
        const details = await caller.actions.get({ actionId });
        expect(details.action.state).toBe("ready");
        expect(details.draft?.content).toEqual(SAMPLE_CONTENT.email);
        expect(details.draftProblems).toEqual([]);
        expect(details.executeBlocker).toBeNull();
        expect(details.allowedEvents).toEqual(["regenerate", "edit", "execute", "skip", "reschedule"]);
        expect(details.notes).toMatchObject([{ body: "Ana prefers mornings", authorName: "Dana Reyes" }]);
        expect(details.history.map((entry) => entry.event.type)).toEqual(["draft_generated"]);
        expect(details.account.name).toBe("Acme Corp");
        expect(details.milestone.name).toBe("Kickoff");
      });

      it("shows why an incomplete draft cannot be executed, and only complete for an executed action", async () => {
        const incomplete = await createTestAction(world, {
          type: "email",
          state: "ready",
          content: {
            ...SAMPLE_CONTENT.email,
            subject: "Hello [Customer Name]",
            bodyHtml: "<p>{{account.tier}}</p>",
          },
        });
        const details = await callerFor(world).actions.get({ actionId: incomplete });
        expect(details.draftProblems.map((problem) => problem.match)).toEqual(
          expect.arrayContaining(["[Customer Name]", "{{account.tier}}"]),
        );
        expect(details.executeBlocker?.code).toBe("DRAFT_INCOMPLETE");

        const executed = await createTestAction(world, { type: "email", state: "executed" });
        expect((await callerFor(world).actions.get({ actionId: executed })).allowedEvents).toEqual([
          "mark_complete",
        ]);
      });

      it("answers NOT_FOUND for another organization's action and UNAUTHORIZED without sign-in", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        await expect(callerFor(otherWorld).actions.get({ actionId })).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
        await expect(callerFor(world, "anonymous").actions.get({ actionId })).rejects.toMatchObject({
          code: "UNAUTHORIZED",
        });
      });
    });

    describe("edit", () => {
      it("stores a new edited draft, sanitizes the email body and records the changed fields", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        const caller = callerFor(world);
        const before = await caller.actions.get({ actionId });
        const edited = await caller.actions.edit({
          actionId,
          expectedVersion: before.action.version,
          content: {
            ...SAMPLE_CONTENT.email,
            subject: "Your kickoff, {{account.name}}",
            bodyHtml: '<p onclick="steal()">Hi {{contact.first_name}}<script>alert(1)</script></p>',
          },
        });
        expect(edited.changedFields).toEqual(["subject", "bodyHtml"]);
        expect(edited.draft.origin).toBe("edited");
        expect(edited.draft.content).toMatchObject({ bodyHtml: "<p>Hi {{contact.first_name}}</p>" });
        expect(edited.action.version).toBe(before.action.version + 1);
        expect(edited.action.currentDraftId).toBe(edited.draft.id);

        const after = await caller.actions.get({ actionId });
        expect(after.draft?.id).toBe(edited.draft.id);
        expect(after.history.at(-1)?.event).toEqual({
          type: "edited",
          draftId: edited.draft.id,
          fields: ["subject", "bodyHtml"],
        });
      });

      it("refuses a stale version with CONFLICT and writes nothing", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        const caller = callerFor(world);
        const { action } = await caller.actions.get({ actionId });
        await caller.actions.edit({
          actionId,
          expectedVersion: action.version,
          content: { ...SAMPLE_CONTENT.email, subject: "First edit" },
        });
        const before = await footprint(actionId);
        await expect(
          caller.actions.edit({
            actionId,
            expectedVersion: action.version,
            content: { ...SAMPLE_CONTENT.email, subject: "Second edit from a stale page" },
          }),
        ).rejects.toMatchObject({
          code: "CONFLICT",
          message: expect.stringContaining("changed by someone else"),
        });
        expect(await footprint(actionId)).toEqual(before);
      });

      it("refuses to edit an executed action with CONFLICT and writes nothing", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "executed" });
        const caller = callerFor(world);
        const { action } = await caller.actions.get({ actionId });
        const before = await footprint(actionId);
        await expect(
          caller.actions.edit({
            actionId,
            expectedVersion: action.version,
            content: { ...SAMPLE_CONTENT.email, subject: "Too late" },
          }),
        ).rejects.toMatchObject({ code: "CONFLICT", message: "Cannot edit an action that is executed" });
        expect(await footprint(actionId)).toEqual(before);
      });

      it("refuses content of another action type or invalid content, and writes a first draft by hand", async () => {
        const caller = callerFor(world);
        const ready = await createTestAction(world, { type: "email", state: "ready" });
        const { action } = await caller.actions.get({ actionId: ready });
        await expect(
          caller.actions.edit({
            actionId: ready,
            expectedVersion: action.version,
            content: SAMPLE_CONTENT.slack,
          }),
        ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("slack") });
        await expect(
          caller.actions.edit({
            actionId: ready,
            expectedVersion: action.version,
            content: { ...SAMPLE_CONTENT.email, to: ["not an address"] },
          }),
        ).rejects.toMatchObject({ code: "BAD_REQUEST" });

        const pending = await createTestAction(world, { type: "manual", state: "pending" });
        const written = await caller.actions.edit({
          actionId: pending,
          expectedVersion: 1,
          content: { type: "manual", description: "Call the CFO" },
        });
        expect(written.draft.origin).toBe("written");
        expect(written.changedFields).toEqual(["description"]);
        expect(written.action.state).toBe("pending");
      });

      it("counts an untouched body as unchanged even when the stored draft predates sanitizing", async () => {
        const generated = {
          ...SAMPLE_CONTENT.email,
          bodyHtml: "<p>Hi {{contact.first_name}},<br>welcome.</p>",
        };
        const actionId = await createTestAction(world, { type: "email", state: "ready", content: generated });
        const caller = callerFor(world);
        const { action } = await caller.actions.get({ actionId });
        const edited = await caller.actions.edit({
          actionId,
          expectedVersion: action.version,
          content: { ...generated, subject: "Only the subject changes" },
        });
        expect(edited.changedFields).toEqual(["subject"]);
      });

      it("writes nothing for an edit that changes nothing", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        const caller = callerFor(world);
        const { action } = await caller.actions.get({ actionId });
        const before = await footprint(actionId);
        const result = await caller.actions.edit({
          actionId,
          expectedVersion: action.version,
          content: SAMPLE_CONTENT.email,
        });
        expect(result.changedFields).toEqual([]);
        expect(await footprint(actionId)).toEqual(before);
      });
    });

    describe("commands", () => {
      it("regenerates with instructions: review pending, a draft job queued, instructions in history", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        const caller = callerFor(world);
        await expect(
          caller.actions.regenerate({ actionId, instructions: "x".repeat(2_001) }),
        ).rejects.toMatchObject({ code: "BAD_REQUEST" });
        await expect(caller.actions.regenerate({ actionId, instructions: "   " })).rejects.toMatchObject({
          code: "BAD_REQUEST",
        });
        const action = await caller.actions.regenerate({ actionId, instructions: "Mention the SSO setup" });
        expect(action.state).toBe("review_pending");
        const jobs = await withTenant(database.db, world.organizationId, (scope) =>
          scope.db
            .selectFrom("jobs")
            .select(["kind", "payload"])
            .where("dedupe_key", "=", `draft:${actionId}`)
            .execute(),
        );
        expect(jobs).toEqual([
          { kind: "generate_draft", payload: { actionId, instructions: "Mention the SSO setup" } },
        ]);
        const { history } = await caller.actions.get({ actionId });
        expect(history.at(-1)?.event).toEqual({
          type: "regeneration_requested",
          instructions: "Mention the SSO setup",
        });
      });

      it("skips with a reason only, and refuses to skip twice", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        const caller = callerFor(world);
        await expect(caller.actions.skip({ actionId, reason: " " })).rejects.toMatchObject({
          code: "BAD_REQUEST",
        });
        const skipped = await caller.actions.skip({ actionId, reason: "Customer already has SSO" });
        expect(skipped).toMatchObject({ state: "skipped", skipReason: "Customer already has SSO" });
        await expect(caller.actions.skip({ actionId, reason: "again" })).rejects.toMatchObject({
          code: "CONFLICT",
          message: "Cannot skip an action that is skipped",
        });
      });

      it("reschedules only into the future by the injected clock, recording old and new time", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        const caller = callerFor(world);
        const now = world.deps.clock.now().getTime();
        await expect(
          caller.actions.reschedule({ actionId, to: new Date(now - 60_000).toISOString() }),
        ).rejects.toMatchObject({
          code: "BAD_REQUEST",
          message: expect.stringContaining("not in the future"),
        });
        await expect(caller.actions.reschedule({ actionId, to: "next tuesday" })).rejects.toMatchObject({
          code: "BAD_REQUEST",
        });
        const action = await caller.actions.reschedule({ actionId, to: "2026-03-10T10:00:00+01:00" });
        expect(action.dueAt).toBe("2026-03-10T09:00:00.000Z");
        const { history } = await caller.actions.get({ actionId });
        expect(history.at(-1)?.event).toEqual({
          type: "rescheduled",
          from: null,
          to: "2026-03-10T09:00:00.000Z",
        });
      });

      it("completes an executed action with a note, and refuses to complete a ready one", async () => {
        const caller = callerFor(world);
        const ready = await createTestAction(world, { type: "email", state: "ready" });
        await expect(caller.actions.complete({ actionId: ready })).rejects.toMatchObject({
          code: "CONFLICT",
        });
        const executed = await createTestAction(world, { type: "email", state: "executed" });
        const completed = await caller.actions.complete({ actionId: executed, note: "Ana replied by phone" });
        expect(completed.state).toBe("completed");
        const { history } = await caller.actions.get({ actionId: executed });
        expect(history.at(-1)?.event).toEqual({
          type: "completed",
          note: "Ana replied by phone",
          automatic: false,
        });
      });

      it("adds internal notes with author and time, without a history entry", async () => {
        const actionId = await createTestAction(world, { type: "manual", state: "ready" });
        const caller = callerFor(world);
        const before = await footprint(actionId);
        const note = await caller.actions.addNote({ actionId, body: "Spoke with IT" });
        expect(note).toMatchObject({
          body: "Spoke with IT",
          authorAgentId: world.agent.agentId,
          authorName: "Dana Reyes",
          createdAt: world.deps.clock.now().toISOString(),
        });
        expect(await footprint(actionId)).toEqual({ ...before, notes: before.notes + 1 });
        await expect(caller.actions.addNote({ actionId, body: "" })).rejects.toMatchObject({
          code: "BAD_REQUEST",
        });
        await expect(
          callerFor(otherWorld).actions.addNote({ actionId, body: "from elsewhere" }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
      });

      it("refuses every command on another organization's action with NOT_FOUND", async () => {
        const actionId = await createTestAction(world, { type: "email", state: "ready" });
        const other = callerFor(otherWorld);
        const before = await footprint(actionId);
        await expect(
          other.actions.execute({ actionId, confirm: true, idempotencyKey: "other-org-1" }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(
          other.actions.edit({ actionId, expectedVersion: 2, content: SAMPLE_CONTENT.email }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(other.actions.skip({ actionId, reason: "mine now" })).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
        expect(await footprint(actionId)).toEqual(before);
      });
    });

    describe("createCustom", () => {
      it("with content: a written draft, ready for review at once", async () => {
        const caller = callerFor(world);
        const action = await caller.actions.createCustom({
          accountId: world.accountId as AccountId,
          milestoneId: world.milestoneId as MilestoneId,
          type: "email",
          name: "Renewal heads-up",
          purpose: "Tell Ana the renewal is near",
          trigger: { type: "manual" },
          content: { ...SAMPLE_CONTENT.email, bodyHtml: "<p>Renewal soon<img src=x onerror=alert(1)></p>" },
        });
        expect(action).toMatchObject({ state: "ready", custom: true, templateId: null, blocker: false });
        expect(action.key).toMatch(/^custom_renewal_heads_up_[0-9a-z]{8}$/);
        const details = await caller.actions.get({ actionId: action.id });
        expect(details.draft).toMatchObject({ origin: "written", createdBy: { kind: "agent" } });
        expect(details.draft?.content).toMatchObject({ bodyHtml: "<p>Renewal soon</p>" });
        expect(details.history.map((entry) => [entry.event.type, entry.toState])).toEqual([
          ["created", "pending"],
          ["draft_generated", "ready"],
        ]);
        expect(details.history[0]?.event).toEqual({ type: "created", source: "custom" });
        expect(details.allowedEvents).toContain("execute");
      });

      it("without content: pending until its trigger fires (a manual one fires at once)", async () => {
        const caller = callerFor(world);
        const offset = await caller.actions.createCustom({
          accountId: world.accountId as AccountId,
          milestoneId: world.milestoneId as MilestoneId,
          type: "manual",
          name: "Check usage",
          trigger: { type: "offset", anchor: "milestone_start", offsetHours: 48 },
          dueAfterHours: 24,
          blocker: true,
        });
        expect(offset).toMatchObject({ state: "pending", blocker: true, dueAt: "2026-03-05T09:00:00.000Z" });
        const manual = await caller.actions.createCustom({
          accountId: world.accountId as AccountId,
          milestoneId: world.milestoneId as MilestoneId,
          type: "slack",
          name: "Ping the channel",
          trigger: { type: "manual" },
        });
        const firesAt = await withTenant(database.db, world.organizationId, (scope) =>
          scope.db
            .selectFrom("actions")
            .select(["id", "fires_at"])
            .where("id", "in", [offset.id, manual.id])
            .orderBy("fires_at")
            .execute(),
        );
        expect(Object.fromEntries(firesAt.map((row) => [row.id, row.fires_at?.toISOString()]))).toEqual({
          [offset.id]: "2026-03-04T09:00:00.000Z",
          [manual.id]: world.deps.clock.now().toISOString(),
        });
      });

      it("refuses a milestone of another account, an unknown trigger dependency and content of another type", async () => {
        const caller = callerFor(world);
        const base = {
          accountId: world.accountId as AccountId,
          milestoneId: world.milestoneId as MilestoneId,
          type: "manual" as const,
          name: "Follow up",
          trigger: { type: "manual" as const },
        };
        await expect(
          caller.actions.createCustom({ ...base, milestoneId: otherWorld.milestoneId as MilestoneId }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(
          caller.actions.createCustom({
            ...base,
            trigger: { type: "event", on: { kind: "action_completed", actionKey: "no_such_action" } },
          }),
        ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("no_such_action") });
        await expect(
          caller.actions.createCustom({ ...base, content: SAMPLE_CONTENT.email }),
        ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      });
    });
  });
}
