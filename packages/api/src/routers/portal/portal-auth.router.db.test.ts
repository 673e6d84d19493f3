import { type TrellisDb, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { newId } from "@trellis/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolvePortalSession } from "../../services/portal-sign-in.js";
import {
  callerFor,
  contactCallerFor,
  createTestAction,
  createTestWorld,
  type TestWorld,
} from "../../testing/index.js";
import { createDeliverySenders } from "../../worker/delivery-senders.js";
import { createPortalSender } from "../../worker/portal-sender.js";
import { testWorker } from "../../worker/worker-test-support.js";

const MINUTE = 60_000;

async function rejection(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** Adds a contact with this address to the world's account. */
async function addContact(world: TestWorld, email: string, firstName = "Bo"): Promise<string> {
  const id = newId("contact");
  await withTenant(world.deps.db, world.organizationId, ({ db }) =>
    db
      .insertInto("contacts")
      .values({
        id,
        organization_id: world.organizationId,
        account_id: world.accountId,
        first_name: firstName,
        last_name: "Lund",
        email,
        custom_fields: "{}",
      })
      .execute(),
  );
  return id;
}

/** The mail among `mail` that goes to this address. */
function mailTo<Row extends { payload: unknown }>(mail: readonly Row[], email: string): Row[] {
  return mail.filter((row) => JSON.stringify(row.payload).includes(`"email":"${email}"`));
}

/** What the world's organization holds of a contact's sign-in: links, outbox mail answering no action, sessions. */
async function signInRows(world: TestWorld, contactId: string) {
  return withTenant(world.deps.db, world.organizationId, async ({ db }) => ({
    links: await db
      .selectFrom("portal_sign_in_links")
      .selectAll()
      .where("contact_id", "=", contactId)
      .execute(),
    sessions: await db
      .selectFrom("portal_sessions")
      .selectAll()
      .where("contact_id", "=", contactId)
      .execute(),
    mail: await db.selectFrom("outbox").selectAll().where("action_id", "is", null).execute(),
  }));
}

async function linkRequests(db: TrellisDb, email: string): Promise<number> {
  const rows = await db
    .selectFrom("portal_link_requests")
    .select("email")
    .where("email", "=", email)
    .execute();
  return rows.length;
}

for (const kind of testDatabaseKinds()) {
  describe(`portal sign-in on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
    });
    afterAll(async () => {
      await database?.close();
    });

    const anonymous = () => callerFor(world, "anonymous");
    const worker = () =>
      testWorker(
        world,
        createDeliverySenders(database.db, world.deps.clock, { portalUrl: world.deps.portalUrl }),
      );

    /** Delivers the outbox to the dev mailbox and returns the token of the newest mail to `email`. */
    async function tokenMailedTo(email: string) {
      const delivered = worker();
      await delivered.tick();
      expect(delivered.errors).toEqual([]);
      const messages = await withTenant(database.db, world.organizationId, ({ db }) =>
        db.selectFrom("mailbox").selectAll().orderBy("created_at", "desc").orderBy("id", "desc").execute(),
      );
      const message = messages.find((candidate) => candidate.recipients.to.includes(email));
      if (!message) throw new Error(`no mail to ${email}`);
      const token = /sign-in\/verify\?token=([A-Za-z0-9_-]{43})/.exec(message.text)?.[1];
      if (!token) throw new Error(`no sign-in link in: ${message.text}`);
      return { message, token };
    }

    it("mails a link through the outbox; the link signs in once, opening a 7-day session that `me` names", async () => {
      const answer = await anonymous().portal.auth.requestLink({
        email: "Ana.Silva@ACME.com",
        returnTo: "/requests/act_1",
      });
      expect(answer).toEqual({ sent: true });
      const organization = `Org org-${world.organizationId.slice(-8).toLowerCase()}`;
      // The outbox names the contact and where to land; the link is created only when the mail is sent.
      const pending = await signInRows(world, world.contactId);
      expect(pending.links).toEqual([]);
      expect(pending.mail).toMatchObject([
        {
          channel: "portal",
          status: "pending",
          action_id: null,
          payload: {
            kind: "portal_sign_in",
            recipient: { contactId: world.contactId, email: "ana.silva@acme.com", firstName: "Ana" },
            organizationName: organization,
            returnTo: "/requests/act_1",
          },
        },
      ]);

      const { message, token } = await tokenMailedTo("ana.silva@acme.com");
      expect(message.subject).toBe(`Your sign-in link for ${organization}`);
      expect(message.recipients.to).toEqual(["ana.silva@acme.com"]);
      expect(message.html).toContain(`href="http://portal.trellis.test/sign-in/verify?token=${token}"`);
      const settled = await signInRows(world, world.contactId);
      expect(settled.links).toMatchObject([{ return_to: "/requests/act_1", used_at: null }]);
      expect(settled.links[0]?.expires_at).toEqual(new Date(world.deps.clock.now().getTime() + 15 * MINUTE));
      expect(settled.mail).toMatchObject([{ status: "sent", action_id: null }]);
      expect(message.message_id).toBe(settled.mail[0]?.message_id);
      // The database keeps only the hash: the token is in the mail, in no link row and in no outbox payload.
      expect(JSON.stringify(settled.links)).not.toContain(token);
      const outbox = await withTenant(database.db, world.organizationId, ({ db }) =>
        db.selectFrom("outbox").select("payload").execute(),
      );
      expect(outbox.length).toBeGreaterThan(0);
      for (const row of outbox) expect(JSON.stringify(row.payload)).not.toContain(token);

      const signedIn = await anonymous().portal.auth.signIn({ token });
      expect(signedIn.returnTo).toBe("/requests/act_1");
      expect(signedIn.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(signedIn.expiresAt).toEqual(new Date(world.deps.clock.now().getTime() + 7 * 24 * 60 * MINUTE));

      const caller = await resolvePortalSession(database.db, signedIn.sessionToken, world.deps.clock);
      expect(caller).toMatchObject({
        kind: "contact",
        organizationId: world.organizationId,
        accountId: world.accountId,
        contactId: world.contactId,
        name: "Ana Silva",
      });
      expect(caller?.sessionId).toMatch(/^pss_/);
      expect(await contactCallerFor(world).portal.auth.me()).toEqual({
        contact: { firstName: "Ana", lastName: "Silva", email: "ana.silva@acme.com" },
        account: { name: "Acme Corp" },
        organization: { name: `Org org-${world.organizationId.slice(-8).toLowerCase()}` },
      });
      expect(await anonymous().portal.auth.me()).toBeNull();

      const again = await rejection(anonymous().portal.auth.signIn({ token }));
      expect(again.code).toBe("UNAUTHORIZED");
      expect(again.message).toBe("This sign-in link was already used. Request a new one.");
      expect((await signInRows(world, world.contactId)).sessions).toHaveLength(1);
    });

    it("refuses a link at 15 minutes, and an unknown or malformed token", async () => {
      const email = "expiring@acme.com";
      const contactId = await addContact(world, email);
      await anonymous().portal.auth.requestLink({ email });
      const { token } = await tokenMailedTo(email);
      world.deps.clock.advance(15 * MINUTE);
      const expired = await rejection(anonymous().portal.auth.signIn({ token }));
      expect(expired.code).toBe("UNAUTHORIZED");
      expect(expired.message).toBe(
        "This sign-in link has expired (links last 15 minutes). Request a new one.",
      );

      for (const unknown of ["A".repeat(43), "not a token"]) {
        const refused = await rejection(anonymous().portal.auth.signIn({ token: unknown }));
        expect(refused.code).toBe("UNAUTHORIZED");
        expect(refused.message).toBe("This sign-in link is not valid. Request a new one.");
      }
      const rows = await signInRows(world, contactId);
      expect(rows.sessions).toEqual([]);
      expect(rows.links).toMatchObject([{ used_at: null }]);
    });

    it("allows three requests per address in 15 minutes; the fourth is refused and writes nothing", async () => {
      const email = "limited@acme.com";
      const contactId = await addContact(world, email);
      for (let i = 0; i < 3; i++) {
        await expect(anonymous().portal.auth.requestLink({ email })).resolves.toEqual({ sent: true });
        world.deps.clock.advance(MINUTE);
      }
      const before = await signInRows(world, contactId);
      const refused = await rejection(anonymous().portal.auth.requestLink({ email: "LIMITED@acme.com" }));
      expect(refused.code).toBe("TOO_MANY_REQUESTS");
      expect(refused.message).toBe(
        "Too many sign-in links were requested for this address. Try again in 12 minutes.",
      );
      expect(await signInRows(world, contactId)).toEqual(before);
      expect(mailTo(before.mail, email)).toHaveLength(3);
      expect(await linkRequests(database.db, email)).toBe(3);

      // The window slides: once the first request is 15 minutes old, one more is allowed.
      world.deps.clock.advance(12 * MINUTE);
      await expect(anonymous().portal.auth.requestLink({ email })).resolves.toEqual({ sent: true });
      expect(mailTo((await signInRows(world, contactId)).mail, email)).toHaveLength(4);
      await expect(anonymous().portal.auth.requestLink({ email })).rejects.toThrow(/Try again in 1 minute\./);
    });

    it("answers an unknown address the same, sends nothing, and still counts it", async () => {
      const email = "nobody@nowhere.test";
      const before = await signInRows(world, world.contactId);
      for (let i = 0; i < 3; i++) {
        await expect(anonymous().portal.auth.requestLink({ email })).resolves.toEqual({ sent: true });
      }
      expect((await signInRows(world, world.contactId)).mail).toEqual(before.mail);
      expect(await linkRequests(database.db, email)).toBe(3);
      const refused = await rejection(anonymous().portal.auth.requestLink({ email }));
      expect(refused.code).toBe("TOO_MANY_REQUESTS");
    });

    it("settles a sign-in mail that cannot be delivered as failed, with no action to tell", async () => {
      const email = "bouncing@acme.com";
      await addContact(world, email);
      await anonymous().portal.auth.requestLink({ email });
      const refusing = {
        send: async () => ({ ok: false as const, transient: false, reason: "550 no such user" }),
      };
      const senders = createDeliverySenders(database.db, world.deps.clock, {
        portalUrl: world.deps.portalUrl,
      });
      const portal = createPortalSender({
        db: database.db,
        clock: world.deps.clock,
        email: refusing,
        portalUrl: world.deps.portalUrl,
      });
      const failing = testWorker(world, { ...senders, portal });
      await failing.tick();
      expect(failing.errors).toEqual([]);
      const { mail } = await signInRows(world, world.contactId);
      expect(mailTo(mail, email)).toMatchObject([
        { status: "failed", action_id: null, last_error: "550 no such user", attempts: 1 },
      ]);
    });

    it("fails a sign-in mail for good when its contact was deleted before it was sent, creating no link", async () => {
      const email = "deleted@acme.com";
      const contactId = await addContact(world, email);
      await anonymous().portal.auth.requestLink({ email });
      await withTenant(database.db, world.organizationId, ({ db }) =>
        db.deleteFrom("contacts").where("id", "=", contactId).execute(),
      );
      const delivered = worker();
      await delivered.tick();
      expect(delivered.errors).toEqual([]);
      const rows = await signInRows(world, contactId);
      expect(rows.links).toEqual([]);
      expect(mailTo(rows.mail, email)).toMatchObject([
        {
          status: "failed",
          action_id: null,
          last_error: "the contact who asked for the link no longer exists",
          attempts: 1,
        },
      ]);
    });

    it("refuses a returnTo outside the portal", async () => {
      for (const returnTo of ["https://evil.test/", "//evil.test/x", "/\\evil.test", "relative"]) {
        const refused = await rejection(
          anonymous().portal.auth.requestLink({ email: "x@acme.com", returnTo }),
        );
        expect(refused.code).toBe("BAD_REQUEST");
      }
    });

    it("opens exactly one session for two concurrent sign-ins with the same token", async () => {
      const email = "racing@acme.com";
      const contactId = await addContact(world, email);
      await anonymous().portal.auth.requestLink({ email });
      const { token } = await tokenMailedTo(email);
      const results = await Promise.allSettled([
        anonymous().portal.auth.signIn({ token }),
        anonymous().portal.auth.signIn({ token }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const failed = results.find((result) => result.status === "rejected");
      expect(failed?.status === "rejected" && String(failed.reason)).toMatch(/already used/);
      expect((await signInRows(world, contactId)).sessions).toHaveLength(1);
    });

    it("signs out: the session no longer resolves, other sessions stay", async () => {
      const email = "leaving@acme.com";
      const contactId = await addContact(world, email);
      const sessions: string[] = [];
      for (let i = 0; i < 2; i++) {
        await anonymous().portal.auth.requestLink({ email });
        const { token } = await tokenMailedTo(email);
        sessions.push((await anonymous().portal.auth.signIn({ token })).sessionToken);
      }
      const [leaving, staying] = sessions;
      const caller = await resolvePortalSession(database.db, leaving ?? "", world.deps.clock);
      if (!caller) throw new Error("no caller");
      const portal = contactCallerFor(world, {
        contactId,
        accountId: world.accountId,
        sessionId: caller.sessionId,
      });
      await expect(portal.portal.auth.signOut()).resolves.toEqual({ signedOut: true });
      expect(await resolvePortalSession(database.db, leaving ?? "", world.deps.clock)).toBeNull();
      expect(await resolvePortalSession(database.db, staying ?? "", world.deps.clock)).toMatchObject({
        contactId,
      });
      expect((await rejection(anonymous().portal.auth.signOut())).code).toBe("UNAUTHORIZED");

      // A session runs out after 7 days.
      world.deps.clock.advance(7 * 24 * 60 * MINUTE);
      expect(await resolvePortalSession(database.db, staying ?? "", world.deps.clock)).toBeNull();
    });

    it("announces an executed form by email with a sign-in link that lands on the request", async () => {
      const actionId = await createTestAction(world, { type: "form", state: "executed" });
      const { message, token } = await tokenMailedTo("ana.silva@acme.com");
      const organization = `Org org-${world.organizationId.slice(-8).toLowerCase()}`;
      expect(message.subject).toBe(`${organization} asks you to: Kickoff questionnaire`);
      expect(message.text).toContain(
        "If the link has expired, sign in at http://portal.trellis.test/sign-in.",
      );
      const delivery = await withTenant(database.db, world.organizationId, ({ db }) =>
        db.selectFrom("outbox").selectAll().where("action_id", "=", actionId).executeTakeFirstOrThrow(),
      );
      expect(message.message_id).toBe(delivery.message_id);
      expect(delivery.status).toBe("sent");
      expect(JSON.stringify(delivery.payload)).not.toContain(token);

      const signedIn = await anonymous().portal.auth.signIn({ token });
      expect(signedIn.returnTo).toBe(`/requests/${actionId}`);
    });

    it("will not execute a portal request for an account without a contact", async () => {
      const lonely = await createTestWorld(database.db, { clock: world.deps.clock });
      await withTenant(database.db, lonely.organizationId, ({ db }) =>
        db.deleteFrom("contacts").where("id", "=", lonely.contactId).execute(),
      );
      const actionId = await createTestAction(lonely, { type: "meeting", state: "ready" });
      const refused = await rejection(
        callerFor(lonely).actions.execute({ actionId, confirm: true, idempotencyKey: "click-lonely" }),
      );
      expect(refused.code).toBe("PRECONDITION_FAILED");
      expect(refused.message).toContain("Acme Corp has no contact to send this request to");
    });
  });
}
