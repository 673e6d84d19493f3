/**
 * What a newcomer does on the first day, end to end against the real server `pnpm start` runs (demo seed, API,
 * in-process worker, dev mailbox): sign in, create an API token, list the Ready queue with @trellis/client, edit,
 * regenerate, execute an email action (twice, as a double click) and find exactly one message in the dev mailbox.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_LOGINS } from "@trellis/api";
import { createTrellisClient, type TrellisClient } from "@trellis/client";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import type { ActionId } from "@trellis/domain";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { type RunningServer, startServer } from "./server.js";

async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const kind of testDatabaseKinds()) {
  describe(`a newcomer's first execution on ${kind}`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), "trellis-newcomer-"));
    let postgres: TestDatabase | null = null;
    let server: RunningServer;
    let trellis: TrellisClient;

    beforeAll(async () => {
      if (kind === "postgres") {
        postgres = await openTestDatabase("postgres");
        await postgres.db.destroy();
      }
      const config = loadConfig({
        PORT: "0",
        TRELLIS_DATA_DIR: dataDir,
        LOG_LEVEL: "silent",
        ...(postgres?.url ? { DATABASE_URL: postgres.url } : {}),
      });
      server = await startServer(config, pino({ level: "silent" }));
    });
    afterAll(async () => {
      await server?.close();
      await postgres?.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("signs in with the demo login and gets an API token for the client", async () => {
      const admin = DEMO_LOGINS.find((login) => login.role === "admin");
      if (!admin) throw new Error("the demo has no admin login");
      const signIn = await fetch(`${server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.url },
        body: JSON.stringify({ email: admin.email, password: admin.password }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.getSetCookie()[0]?.split(";")[0] ?? "";
      const session = createTrellisClient({ url: server.url, headers: { cookie } });
      const { token } = await session.apiTokens.create.mutate({ name: "newcomer" });
      trellis = createTrellisClient({ url: server.url, token });
      expect(await trellis.me.query()).toMatchObject({ kind: "agent", role: "admin", via: "token" });
    });

    it("edits, regenerates and executes an email action once; the dev mailbox holds exactly one message", async () => {
      const queue = await trellis.readyQueue.list.query({ types: ["email"], limit: 50 });
      expect(queue.items.length).toBeGreaterThan(0);
      const priorities = queue.items.map((item) => item.priority);
      expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
      const picked = queue.items.find((item) => item.state === "ready" && item.draftFailure === null);
      if (!picked) throw new Error("the demo Ready queue has no ready email action");
      const actionId = picked.actionId as ActionId;

      const before = await trellis.actions.get.query({ actionId });
      expect(before.allowedEvents).toContain("execute");
      if (before.draft?.content.type !== "email") throw new Error("expected an email draft");
      const edited = await trellis.actions.edit.mutate({
        actionId,
        expectedVersion: before.action.version,
        content: { ...before.draft.content, subject: "Your onboarding plan, {{account.name}}" },
      });
      expect(edited.action.state).toBe("ready");

      await trellis.actions.regenerate.mutate({
        actionId,
        instructions: "Shorter, and mention the kickoff call",
      });
      const regenerated = await eventually(async () => {
        const details = await trellis.actions.get.query({ actionId });
        const last = details.history.at(-1);
        return details.action.state === "review_pending" && last?.event.type === "draft_generated"
          ? details
          : undefined;
      }, "the worker to write the regenerated draft");
      expect(regenerated.draft?.origin).toBe("regenerated");
      expect(regenerated.executeBlocker).toBeNull();

      const click = { actionId, confirm: true, idempotencyKey: `newcomer-${actionId}` };
      const [first, second] = await Promise.all([
        trellis.actions.execute.mutate(click),
        trellis.actions.execute.mutate(click),
      ]);
      expect(first.delivery?.messageId).toBeDefined();
      expect(second.delivery?.messageId).toBe(first.delivery?.messageId);
      await expect(
        trellis.actions.execute.mutate({ ...click, idempotencyKey: `another-click-${actionId}` }),
      ).rejects.toThrow(/executed/i);

      const message = await eventually(async () => {
        const { messages } = await trellis.mailbox.list.query({ limit: 100 });
        const mine = messages.filter((candidate) => candidate.messageId === first.delivery?.messageId);
        expect(mine.length).toBeLessThanOrEqual(1);
        return mine[0];
      }, "the worker to deliver to the dev mailbox");
      expect(message.to).toEqual(expect.arrayContaining([expect.stringContaining("@")]));
      expect(message.subject).not.toContain("{{");

      const after = await trellis.actions.get.query({ actionId });
      expect(after.action.state).toBe("executed");
      expect(after.history.filter((entry) => entry.event.type === "executed")).toHaveLength(1);
    });
  });
}
