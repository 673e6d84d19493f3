import { listHistory, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import type { ActionContent, ActionId } from "@trellis/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callerFor, createTestAction, createTestWorld, type TestWorld } from "../../testing/index.js";
import { markDeliveriesSent, portalCallerFor, worldContact } from "../../testing/portal-accounts.js";

const FORM: ActionContent = {
  type: "form",
  title: "Kickoff questionnaire for {{account.name}}",
  instructions: "Tell us about your team.",
  fields: [
    { key: "team_size", label: "Team size", kind: "number", required: true, options: [], helpText: null },
    {
      key: "region",
      label: "Region",
      kind: "select",
      required: true,
      options: ["EMEA", "AMER"],
      helpText: null,
    },
    { key: "go_live", label: "Go-live date", kind: "date", required: false, options: [], helpText: null },
    {
      key: "terms",
      label: "I accept the terms",
      kind: "checkbox",
      required: true,
      options: [],
      helpText: null,
    },
  ],
};

const FUTURE_SLOT = "2026-03-05T15:00:00.000Z";
const PAST_SLOT = "2026-03-01T15:00:00.000Z";
const MEETING: ActionContent = {
  type: "meeting",
  title: "Kickoff call",
  agenda: "Goals\nTimeline",
  durationMinutes: 45,
  schedulingLink: null,
  proposedSlots: [PAST_SLOT, FUTURE_SLOT],
};

async function rowCounts(world: TestWorld) {
  return withTenant(world.deps.db, world.organizationId, async ({ db }) => {
    const count = async (
      table: "form_submissions" | "meeting_bookings" | "account_events" | "notifications",
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      submissions: await count("form_submissions"),
      bookings: await count("meeting_bookings"),
      events: await count("account_events"),
      notifications: await count("notifications"),
    };
  });
}

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

for (const kind of testDatabaseKinds()) {
  describe(`portal requests router on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let portal: ReturnType<typeof portalCallerFor>;
    let form: ActionId;
    let meeting: ActionId;
    let email: ActionId;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      portal = portalCallerFor(world, worldContact(world));
      form = await createTestAction(world, {
        type: "form",
        state: "executed",
        content: FORM,
        name: "Kickoff form",
      });
      world.deps.clock.advance(60_000);
      meeting = await createTestAction(world, { type: "meeting", state: "executed", content: MEETING });
      email = await createTestAction(world, { type: "email", state: "executed" });
      await markDeliveriesSent(world, email);
    });
    afterAll(() => database.close());

    it("lists the account's executed requests newest first, with titles as executed, and emails sent to the contact", async () => {
      const overview = await portal.portal.overview();
      expect(
        overview.requests.map((request) => [request.actionId, request.type, request.title, request.state]),
      ).toEqual([
        [meeting, "meeting", "Kickoff call", "executed"],
        [form, "form", "Kickoff questionnaire for Acme Corp", "executed"],
      ]);
      expect(overview.emails).toEqual([
        { actionId: email, subject: "Welcome to Trellis, Acme Corp", sentAt: world.deps.clock.now() },
      ]);
      const sent = await portal.portal.emails.get({ actionId: email });
      expect(sent.html).toContain("<p>Hi Ana,</p>");
    });

    it("refuses invalid answers with an issue per field and writes nothing", async () => {
      const before = await rowCounts(world);
      const error = await rejection(
        portal.portal.forms.submit({
          actionId: form,
          answers: { team_size: "many", region: "APAC", go_live: "2026-02-30", terms: false, extra: "x" },
        }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.cause).toBeInstanceOf(ZodError);
      const issues = error.cause instanceof ZodError ? error.cause.issues : [];
      expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
        [["extra"], "This form has no such field"],
        [["team_size"], "Enter a number"],
        [["region"], "Choose one of: EMEA, AMER"],
        [["go_live"], "Enter a valid date as YYYY-MM-DD"],
        [["terms"], "This box must be checked"],
      ]);
      expect(await rowCounts(world)).toEqual(before);
      expect((await portal.portal.requests.get({ actionId: form })).state).toBe("executed");
    });

    it("stores valid answers, completes the form, notifies the agent and names the contact in the history", async () => {
      const before = await rowCounts(world);
      const result = await portal.portal.forms.submit({
        actionId: form,
        answers: { team_size: "40", region: "EMEA", terms: true },
      });
      expect(result).toEqual({ completed: true });

      const request = await portal.portal.requests.get({ actionId: form });
      expect(request.state).toBe("completed");
      expect(request.submission).toEqual({
        answers: { team_size: 40, region: "EMEA", go_live: null, terms: true },
        submittedAt: world.deps.clock.now(),
        contactName: "Ana Silva",
      });
      expect(await rowCounts(world)).toEqual({
        ...before,
        submissions: before.submissions + 1,
        notifications: before.notifications + 1,
      });
      const history = await withTenant(database.db, world.organizationId, (scope) =>
        listHistory(scope, form),
      );
      expect(history.at(-1)).toMatchObject({
        actor: { kind: "contact", name: "Ana Silva" },
        toState: "completed",
      });

      const details = await callerFor(world).actions.get({ actionId: form });
      expect(details.customerResponse).toEqual({
        submission: {
          answers: { team_size: 40, region: "EMEA", go_live: null, terms: true },
          submittedAt: world.deps.clock.now().toISOString(),
          contactName: "Ana Silva",
        },
        uploads: [],
        booking: null,
      });

      const again = await rejection(
        portal.portal.forms.submit({
          actionId: form,
          answers: { team_size: 1, region: "EMEA", terms: true },
        }),
      );
      expect([again.code, again.message]).toEqual(["CONFLICT", "This form was already submitted."]);
    });

    it("books only a proposed slot in the future, once", async () => {
      const before = await rowCounts(world);
      const notProposed = await rejection(
        portal.portal.meetings.book({ actionId: meeting, startsAt: new Date("2026-03-05T16:00:00.000Z") }),
      );
      expect([notProposed.code, notProposed.message]).toEqual([
        "BAD_REQUEST",
        "Choose one of the proposed times.",
      ]);
      const past = await rejection(
        portal.portal.meetings.book({ actionId: meeting, startsAt: new Date(PAST_SLOT) }),
      );
      expect(past.code).toBe("BAD_REQUEST");
      expect(await rowCounts(world)).toEqual(before);

      const booked = await portal.portal.meetings.book({
        actionId: meeting,
        startsAt: new Date(FUTURE_SLOT),
      });
      expect(booked).toEqual({ startsAt: new Date(FUTURE_SLOT), durationMinutes: 45 });
      const request = await portal.portal.requests.get({ actionId: meeting });
      expect(request.booking).toEqual({ startsAt: new Date(FUTURE_SLOT), durationMinutes: 45 });
      // Meetings complete when the agent marks them; the booking is a response the agent is told about.
      expect(request.state).toBe("executed");
      expect(await rowCounts(world)).toMatchObject({ bookings: before.bookings + 1 });

      expect(
        (await callerFor(world).actions.get({ actionId: meeting })).customerResponse?.booking,
      ).toMatchObject({
        startsAt: FUTURE_SLOT,
        durationMinutes: 45,
        contactName: "Ana Silva",
      });

      const twice = await rejection(
        portal.portal.meetings.book({ actionId: meeting, startsAt: new Date(FUTURE_SLOT) }),
      );
      expect(twice.code).toBe("CONFLICT");
    });

    it("records feedback as an account event and tells the account's owner", async () => {
      expect(
        await portal.portal.feedback.submit({ score: 9, comment: " Great onboarding ", actionId: form }),
      ).toEqual({
        received: true,
      });
      const [event, notification] = await withTenant(database.db, world.organizationId, ({ db }) =>
        Promise.all([
          db.selectFrom("account_events").selectAll().executeTakeFirstOrThrow(),
          db
            .selectFrom("notifications")
            .selectAll()
            .orderBy("created_at", "desc")
            .orderBy("id", "desc")
            .executeTakeFirstOrThrow(),
        ]),
      );
      expect(event).toMatchObject({
        type: "feedback.submitted",
        account_id: world.accountId,
        contact_id: world.contactId,
        payload: { score: 9, comment: "Great onboarding", contactId: world.contactId, actionId: form },
      });
      expect(notification).toMatchObject({
        recipient_agent_id: world.agent.agentId,
        title: "Ana Silva gave an NPS of 9: Great onboarding",
      });
      const bad = await rejection(portal.portal.feedback.submit({ score: 11 }));
      expect(bad.code).toBe("BAD_REQUEST");
    });

    it("is for signed-in contacts only", async () => {
      const agent = await rejection(callerFor(world).portal.overview());
      expect(agent.code).toBe("UNAUTHORIZED");
    });
  });
}
