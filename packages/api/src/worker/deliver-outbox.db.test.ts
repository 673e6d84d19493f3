import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { claimOutbox, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpReceiver, startSmtpReceiver } from "../chaos/smtp-receiver.js";
import { createTestAction, createTestWorld, type TestWorld } from "../testing/index.js";
import { createDeliverySenders } from "./delivery-senders.js";
import { readDeliveries, testWorker } from "./worker-test-support.js";

const MINUTE = 60_000;

/** A local server speaking the Slack incoming-webhook protocol, answering with the statuses it is given. */
async function startSlackWebhook() {
  const posts: unknown[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      const status = statuses.shift() ?? 200;
      if (status === 200) posts.push(JSON.parse(body));
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(status === 200 ? "ok" : status === 404 ? "no_service" : "server_error");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/T000/B000/XXXX`,
    posts,
    answerNext: (...next: number[]) => statuses.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

for (const kind of testDatabaseKinds()) {
  describe(`outbox delivery on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let receiver: SmtpReceiver;
    let slack: Awaited<ReturnType<typeof startSlackWebhook>>;

    beforeAll(async () => {
      [database, receiver, slack] = await Promise.all([
        openTestDatabase(kind),
        startSmtpReceiver(),
        startSlackWebhook(),
      ]);
      world = await createTestWorld(database.db);
    });
    afterAll(async () => {
      await Promise.all([database?.close(), receiver?.close(), slack?.close()]);
    });

    const smtpSenders = () =>
      createDeliverySenders(database.db, world.deps.clock, {
        smtpUrl: receiver.url,
        slackWebhookUrl: slack.url,
        portalUrl: world.deps.portalUrl,
      });

    it("sends an executed email once over SMTP with its fixed Message-ID, headers and body", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "executed" });
      const worker = testWorker(world, smtpSenders());

      expect(await worker.tick()).toMatchObject({ deliveries: 1 });
      expect(await worker.tick()).toMatchObject({ deliveries: 0 });

      const { outbox, history, state } = await readDeliveries(world, actionId);
      const row = outbox[0];
      expect(outbox).toHaveLength(1);
      expect(row).toMatchObject({ status: "sent", attempts: 1, outcome_unknown: false });
      expect(row?.sent_at).toEqual(world.deps.clock.now());
      const received = receiver.unique().filter((message) => message.messageId === row?.message_id);
      expect(received).toHaveLength(1);
      expect(receiver.arrivals().get(row?.message_id ?? "")).toBe(1);
      const message = received[0];
      expect(message?.subject).toBe("Welcome to Trellis, Acme Corp");
      expect(message?.recipients).toEqual(["ana.silva@acme.com"]);
      expect(message?.headers.get("from")).toContain("dana@trellis.test");
      expect(message?.headers.get("x-trellis-delivery")).toBe(row?.id);
      expect(message?.body).toContain("Hi Ana,");
      expect(message?.body).toContain("Glad to have you.");
      expect(state).toBe("executed");
      expect(history.at(-1)?.event).toEqual({
        type: "delivery_succeeded",
        channel: "email",
        reference: row?.message_id,
      });
      expect(worker.errors).toEqual([]);
    });

    it("stores the email in the dev mailbox when no SMTP is configured, and a redo stores nothing twice", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "executed" });
      const senders = createDeliverySenders(database.db, world.deps.clock, {
        portalUrl: world.deps.portalUrl,
      });
      await testWorker(world, senders).tick();

      const { outbox, state } = await readDeliveries(world, actionId);
      const row = outbox[0];
      expect(row?.status).toBe("sent");
      expect(state).toBe("executed");
      const again = await senders.email.send({
        id: row?.id ?? "",
        organizationId: world.organizationId,
        actionId,
        channel: "email",
        messageId: row?.message_id ?? "",
        payload: {
          kind: "email",
          from: "x@trellis.test",
          to: [],
          cc: [],
          bcc: [],
          subject: "again",
          html: "",
        },
        attempt: 2,
        outcomeUnknown: true,
      });
      expect(again.ok).toBe(true);
      const mailbox = await withTenant(database.db, world.organizationId, (scope) =>
        scope.db
          .selectFrom("mailbox")
          .selectAll()
          .where("outbox_id", "=", row?.id ?? "")
          .execute(),
      );
      expect(mailbox).toHaveLength(1);
      expect(mailbox[0]).toMatchObject({
        message_id: row?.message_id,
        subject: "Welcome to Trellis, Acme Corp",
        recipients: { to: ["ana.silva@acme.com"], cc: [], bcc: [] },
      });
      expect(mailbox[0]?.text).toContain("Hi Ana,");
    });

    it("posts a Slack action to the webhook and completes it; a 5xx is retried, a 4xx fails for good", async () => {
      const posted = await createTestAction(world, { type: "slack", state: "executed" });
      slack.answerNext(503);
      const worker = testWorker(world, smtpSenders());
      await worker.tick();
      expect((await readDeliveries(world, posted)).outbox[0]).toMatchObject({
        status: "pending",
        attempts: 1,
      });
      world.deps.clock.advance(MINUTE);
      await worker.tick();

      const delivered = await readDeliveries(world, posted);
      expect(delivered.outbox[0]?.status).toBe("sent");
      expect(delivered.state).toBe("completed");
      expect(slack.posts).toContainEqual({ channel: "#acme-onboarding", text: "Welcome aboard, Acme Corp!" });
      expect(delivered.history.map((entry) => entry.event.type).slice(-2)).toEqual([
        "delivery_failed",
        "delivery_succeeded",
      ]);

      const refused = await createTestAction(world, { type: "slack", state: "executed" });
      slack.answerNext(404);
      await worker.tick();
      const failed = await readDeliveries(world, refused);
      expect(failed.outbox[0]).toMatchObject({ status: "failed", attempts: 1 });
      expect(failed.outbox[0]?.last_error).toContain("404");
      expect(failed.state).toBe("executed");
    });

    it("retries a transient SMTP failure with backoff, then sends once", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "executed" });
      const worker = testWorker(world, smtpSenders());
      receiver.refuseNext({ code: 451, message: "Greylisted, try again later" });

      await worker.tick();
      const afterFailure = (await readDeliveries(world, actionId)).outbox[0];
      expect(afterFailure).toMatchObject({ status: "pending", attempts: 1, claimed_by: null });
      expect(afterFailure?.last_error).toContain("Greylisted");
      // First retry: 10 s base, half of it jittered at 0.5 → 7.5 s.
      expect(afterFailure?.next_attempt_at).toEqual(new Date(world.deps.clock.now().getTime() + 7_500));

      expect(await worker.tick()).toMatchObject({ deliveries: 0 });
      world.deps.clock.advance(7_500);
      await worker.tick();

      const { outbox, history } = await readDeliveries(world, actionId);
      expect(outbox[0]).toMatchObject({ status: "sent", attempts: 2 });
      expect(receiver.arrivals().get(outbox[0]?.message_id ?? "")).toBe(1);
      expect(history.slice(-2).map((entry) => entry.event)).toEqual([
        { type: "delivery_failed", channel: "email", reason: expect.stringContaining("451"), final: false },
        { type: "delivery_succeeded", channel: "email", reference: outbox[0]?.message_id },
      ]);
    });

    it("fails for good after max attempts: failed row, final history entry and a notification", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "executed" });
      const worker = testWorker(world, smtpSenders());
      const refusal = { code: 421, message: "Service not available" };
      receiver.refuseNext(refusal, refusal, refusal, refusal, refusal);
      for (let attempt = 0; attempt < 5; attempt++) {
        await worker.tick();
        world.deps.clock.advance(20 * MINUTE);
      }

      const { outbox, history, state } = await readDeliveries(world, actionId);
      expect(outbox[0]).toMatchObject({ status: "failed", attempts: 5 });
      expect(receiver.arrivals().has(outbox[0]?.message_id ?? "")).toBe(false);
      expect(state).toBe("executed");
      const failures = history.filter((entry) => entry.event.type === "delivery_failed");
      expect(failures.map((entry) => entry.event.type === "delivery_failed" && entry.event.final)).toEqual([
        false,
        false,
        false,
        false,
        true,
      ]);
      const notifications = await withTenant(database.db, world.organizationId, (scope) =>
        scope.db.selectFrom("notifications").selectAll().where("action_id", "=", actionId).execute(),
      );
      expect(notifications).toHaveLength(1);
      expect(notifications[0]).toMatchObject({
        kind: "delivery_failed",
        recipient_agent_id: world.agent.agentId,
      });
      expect(notifications[0]?.title).toContain("Service not available");

      expect(await worker.tick()).toMatchObject({ deliveries: 0 });
    });

    it("fails a permanently refused email at once", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "executed" });
      receiver.refuseNext({ code: 550, message: "No such user" });
      await testWorker(world, smtpSenders()).tick();
      const { outbox, history } = await readDeliveries(world, actionId);
      expect(outbox[0]).toMatchObject({ status: "failed", attempts: 1 });
      expect(history.at(-1)?.event).toMatchObject({ type: "delivery_failed", final: true });
    });

    it("announces a portal request by email with a sign-in link, and sends nothing for an agent task", async () => {
      const form = await createTestAction(world, { type: "form", state: "executed" });
      const manual = await createTestAction(world, { type: "manual", state: "executed" });
      const before = receiver.total();
      await testWorker(world, smtpSenders()).tick();
      for (const actionId of [form, manual]) {
        const { outbox, state } = await readDeliveries(world, actionId);
        expect(outbox[0]?.status).toBe("sent");
        expect(state).toBe("executed");
      }
      expect(receiver.total()).toBe(before + 1);
      const formRow = (await readDeliveries(world, form)).outbox[0];
      const announcement = receiver.unique().find((message) => message.messageId === formRow?.message_id);
      expect(announcement?.recipients).toEqual(["ana.silva@acme.com"]);
      expect(announcement?.subject).toBe(
        `Org org-${world.organizationId.slice(-8).toLowerCase()} asks you to: Kickoff questionnaire`,
      );
      const links = await withTenant(database.db, world.organizationId, ({ db }) =>
        db
          .selectFrom("portal_sign_in_links")
          .selectAll()
          .where("return_to", "=", `/requests/${form}`)
          .execute(),
      );
      expect(links).toMatchObject([{ contact_id: world.contactId, used_at: null }]);
    });

    it("redelivers, exactly once, a delivery whose worker died after claiming it", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "executed" });
      const claimed = await claimOutbox(database.db, {
        workerId: "worker-that-dies",
        batchSize: 10,
        leaseSeconds: 60,
        now: world.deps.clock.now(),
      });
      expect(claimed.map((row) => row.action_id)).toContain(actionId);

      const survivor = testWorker(world, smtpSenders());
      expect(await survivor.tick()).toMatchObject({ deliveries: 0 });
      world.deps.clock.advance(61_000);
      await survivor.tick();

      const { outbox } = await readDeliveries(world, actionId);
      expect(outbox[0]).toMatchObject({ status: "sent", attempts: 2, claimed_by: survivor.id });
      expect(receiver.arrivals().get(outbox[0]?.message_id ?? "")).toBe(1);
    });

    it("re-sends with the same Message-ID after a death mid-send and marks the outcome unknown", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "executed" });
      const dies = testWorker(world, smtpSenders(), {
        checkpoint: (point) => {
          if (point === "delivery_sent") throw new Error("killed after DATA was accepted");
        },
      });
      await dies.tick();
      const sending = (await readDeliveries(world, actionId)).outbox[0];
      expect(sending).toMatchObject({ status: "sending", claimed_by: dies.id });
      expect(receiver.arrivals().get(sending?.message_id ?? "")).toBe(1);

      world.deps.clock.advance(121_000);
      await testWorker(world, smtpSenders()).tick();

      const { outbox, history } = await readDeliveries(world, actionId);
      expect(outbox[0]).toMatchObject({ status: "sent", outcome_unknown: true, attempts: 2 });
      expect(receiver.arrivals().get(sending?.message_id ?? "")).toBe(2);
      expect(receiver.unique().filter((message) => message.messageId === sending?.message_id)).toHaveLength(
        1,
      );
      expect(history.filter((entry) => entry.event.type === "delivery_succeeded")).toHaveLength(1);
    });

    it("stops gracefully: stop() resolves only once the send in flight is settled", async () => {
      const actionId = await createTestAction(world, { type: "email", state: "executed" });
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let reachedSend = () => {};
      const sending = new Promise<void>((resolve) => {
        reachedSend = resolve;
      });
      const worker = testWorker(world, smtpSenders(), {
        pollIntervalMs: 10,
        checkpoint: async (point) => {
          if (point !== "delivery_sent") return;
          reachedSend();
          await held;
        },
      });
      worker.start();
      await sending;
      let stopped = false;
      const stopping = worker.stop().then(() => {
        stopped = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect((await readDeliveries(world, actionId)).outbox[0]?.status).toBe("sent");
    });

    it("lets two workers drain one outbox concurrently, delivering each message once", async () => {
      const actionIds: string[] = [];
      for (let index = 0; index < 24; index++) {
        actionIds.push(await createTestAction(world, { type: "email", state: "executed" }));
      }
      const first = testWorker(world, smtpSenders(), { batchSize: 4 });
      const second = testWorker(world, smtpSenders(), { batchSize: 4 });
      const drain = async (worker: typeof first) => {
        while ((await worker.tick()).deliveries > 0);
      };
      await Promise.all([drain(first), drain(second)]);

      const rows = (await Promise.all(actionIds.map((id) => readDeliveries(world, id)))).map(
        (read) => read.outbox[0],
      );
      expect(rows.every((row) => row?.status === "sent")).toBe(true);
      expect(rows.every((row) => receiver.arrivals().get(row?.message_id ?? "") === 1)).toBe(true);
      expect(new Set(rows.map((row) => row?.claimed_by))).toEqual(new Set([first.id, second.id]));
      expect([...first.errors, ...second.errors]).toEqual([]);
    });
  });
}
