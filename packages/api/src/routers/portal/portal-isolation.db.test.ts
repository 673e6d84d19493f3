/**
 * A contact sees and changes only their own account's executed requests: a contact of another account calling every
 * portal procedure with this account's ids gets NOT_FOUND and changes nothing; and nothing internal (notes, drafts
 * of unexecuted actions, health, risk, ARR, other accounts) appears in any portal response.
 */
import { insertNote, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import type { ActionContent, ActionId } from "@trellis/domain";
import { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAction, createTestWorld, type TestWorld } from "../../testing/index.js";
import {
  addPortalAccount,
  markDeliveriesSent,
  type PortalContact,
  portalCallerFor,
  worldContact,
} from "../../testing/portal-accounts.js";

const SLOT = "2026-03-05T15:00:00.000Z";
const MEETING: ActionContent = {
  type: "meeting",
  title: "Kickoff call",
  agenda: "Goals",
  durationMinutes: 30,
  schedulingLink: null,
  proposedSlots: [SLOT],
};
const NOTE_TEXT = "INTERNAL-NOTE renewal at risk, push for discount";
const UNEXECUTED_FORM: ActionContent = {
  type: "form",
  title: "UNEXECUTED-DRAFT questionnaire",
  instructions: "Not sent yet.",
  fields: [],
};

const TABLES = [
  "form_submissions",
  "document_uploads",
  "meeting_bookings",
  "account_events",
  "notifications",
  "action_history",
  "actions",
] as const;

async function snapshot(world: TestWorld) {
  return withTenant(world.deps.db, world.organizationId, async ({ db }) => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    const states = await db.selectFrom("actions").select(["id", "state", "version"]).orderBy("id").execute();
    return { counts, states };
  });
}

async function codeOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (reason: unknown) => reason,
  );
  return error instanceof TRPCError ? error.code : `no error (${String(error)})`;
}

/** Every key and every string value in a response, walked deeply. */
function keysAndStrings(value: unknown, into: { keys: Set<string>; strings: string[] }) {
  if (typeof value === "string") into.strings.push(value);
  else if (Array.isArray(value)) for (const item of value) keysAndStrings(item, into);
  else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      into.keys.add(key);
      keysAndStrings(item, into);
    }
  }
  return into;
}

for (const kind of testDatabaseKinds()) {
  describe(`portal isolation on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let globex: PortalContact;
    let form: ActionId;
    let documents: ActionId;
    let meeting: ActionId;
    let email: ActionId;
    let unexecuted: ActionId;
    let globexAction: ActionId;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      globex = await addPortalAccount(world, {
        name: "Globex Secretive Holdings",
        firstName: "Gil",
        lastName: "Bates",
        email: "gil@globex.test",
      });
      form = await createTestAction(world, { type: "form", state: "executed" });
      documents = await createTestAction(world, { type: "document", state: "executed" });
      meeting = await createTestAction(world, { type: "meeting", state: "executed", content: MEETING });
      email = await createTestAction(world, { type: "email", state: "executed" });
      await markDeliveriesSent(world, email);
      unexecuted = await createTestAction(world, { type: "form", state: "ready", content: UNEXECUTED_FORM });
      // Globex's own request, executed in Globex's name: Acme's contact must never see it.
      globexAction = await createTestAction(
        { ...world, accountId: globex.accountId, contactId: globex.contactId },
        { type: "form", state: "executed", name: "Globex onboarding" },
      );
      await withTenant(database.db, world.organizationId, async (scope) => {
        for (const actionId of [form, documents, meeting, email, unexecuted]) {
          await insertNote(scope, {
            actionId,
            authorAgentId: world.agent.agentId,
            body: NOTE_TEXT,
            at: world.deps.clock.now(),
          });
        }
      });
    });
    afterAll(() => database.close());

    it("answers NOT_FOUND to another account's contact for every procedure, and changes nothing", async () => {
      const intruder = portalCallerFor(world, globex);
      const before = await snapshot(world);
      const calls: [string, () => Promise<unknown>][] = [
        ["requests.get form", () => intruder.portal.requests.get({ actionId: form })],
        ["requests.get documents", () => intruder.portal.requests.get({ actionId: documents })],
        ["requests.get meeting", () => intruder.portal.requests.get({ actionId: meeting })],
        ["requests.get unexecuted", () => intruder.portal.requests.get({ actionId: unexecuted })],
        ["emails.get", () => intruder.portal.emails.get({ actionId: email })],
        ["forms.submit", () => intruder.portal.forms.submit({ actionId: form, answers: { team_size: 3 } })],
        [
          "meetings.book",
          () => intruder.portal.meetings.book({ actionId: meeting, startsAt: new Date(SLOT) }),
        ],
        [
          "feedback.submit",
          () => intruder.portal.feedback.submit({ score: 0, comment: "x", actionId: form }),
        ],
      ];
      for (const [name, call] of calls) expect([name, await codeOf(call())]).toEqual([name, "NOT_FOUND"]);
      expect(await snapshot(world)).toEqual(before);

      const overview = await intruder.portal.overview();
      expect(overview.requests.map((request) => request.actionId)).toEqual([globexAction]);
      expect(overview.emails).toEqual([]);
    });

    it("answers NOT_FOUND to the account's own contact for actions that are not portal requests", async () => {
      const ana = portalCallerFor(world, worldContact(world));
      expect(await codeOf(ana.portal.requests.get({ actionId: unexecuted }))).toBe("NOT_FOUND");
      expect(await codeOf(ana.portal.requests.get({ actionId: email }))).toBe("NOT_FOUND");
      expect(await codeOf(ana.portal.requests.get({ actionId: globexAction }))).toBe("NOT_FOUND");
      expect(await codeOf(ana.portal.emails.get({ actionId: form }))).toBe("NOT_FOUND");
      expect(await codeOf(ana.portal.forms.submit({ actionId: meeting, answers: {} }))).toBe("NOT_FOUND");
      expect(await codeOf(ana.portal.meetings.book({ actionId: form, startsAt: new Date(SLOT) }))).toBe(
        "NOT_FOUND",
      );
    });

    it("never puts internal data in a portal response", async () => {
      const ana = portalCallerFor(world, worldContact(world));
      const overview = await ana.portal.overview();
      const responses: unknown[] = [overview];
      for (const request of overview.requests)
        responses.push(await ana.portal.requests.get({ actionId: request.actionId }));
      for (const sent of overview.emails)
        responses.push(await ana.portal.emails.get({ actionId: sent.actionId }));
      expect(overview.requests.map((request) => request.actionId).sort()).toEqual(
        [form, documents, meeting].sort(),
      );
      expect(responses).toHaveLength(5);

      const unexecutedDraftId = await withTenant(database.db, world.organizationId, ({ db }) =>
        db
          .selectFrom("actions")
          .select("current_draft_id")
          .where("id", "=", unexecuted)
          .executeTakeFirstOrThrow(),
      );
      const serialized = superjson.stringify(responses);
      for (const secret of [
        NOTE_TEXT,
        "UNEXECUTED-DRAFT",
        unexecuted,
        String(unexecutedDraftId.current_draft_id),
        "Globex",
        globexAction,
        "12000000",
        "120000",
        "medium",
      ]) {
        expect([secret, serialized.includes(secret)]).toEqual([secret, false]);
      }
      const { keys } = keysAndStrings(responses, { keys: new Set(), strings: [] });
      const internalKeys = [...keys].filter((key) =>
        /note|draft|risk|health|arr|owner|organization|purpose|version|idempotency|provider|model|custom/i.test(
          key,
        ),
      );
      expect(internalKeys).toEqual([]);
    });
  });
}
