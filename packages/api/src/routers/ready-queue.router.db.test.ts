import { type TrellisDb, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import {
  ACTION_STATES,
  ACTION_TYPES,
  type ActionState,
  type ActionType,
  newId,
  type ReadyQueueItem,
  RISK_LEVELS,
} from "@trellis/domain";
import { rankReadyQueue } from "@trellis/scoring";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestWorld, type TestWorld } from "../testing/index.js";

/** A small seeded generator, so the varied data set is the same on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

interface SeededAction extends ReadyQueueItem {
  state: ActionState;
  type: ActionType;
  accountId: string;
  ownedByCaller: boolean;
}

/**
 * Accounts with ARR from none to tens of millions (in USD, JPY and KWD), every risk, owned by the caller or a
 * colleague, and actions in every state with due dates overdue, soon, far or none and ready times from minutes to
 * weeks ago (or unknown). Identical accounts and times give equal priorities, so ties are exercised too.
 */
async function seedQueue(world: TestWorld, db: TrellisDb, seed: number): Promise<SeededAction[]> {
  const random = seeded(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const now = world.deps.clock.now().getTime();
  const colleagueId = newId("agent");
  const seededActions: SeededAction[] = [];
  await withTenant(db, world.organizationId, async ({ db: trx }) => {
    await trx
      .insertInto("agents")
      .values({
        id: colleagueId,
        organization_id: world.organizationId,
        name: "Sam Colleague",
        email: `sam-${colleagueId.slice(-6).toLowerCase()}@example.test`,
        role: "agent",
      })
      .execute();
    const arrs = [
      { amountMinor: 0, currency: "USD" },
      { amountMinor: 1_000_000, currency: "USD" },
      { amountMinor: 12_345_678, currency: "USD" },
      { amountMinor: 100_000_000, currency: "USD" },
      { amountMinor: 5_000_000_000, currency: "USD" },
      { amountMinor: 15_000_000, currency: "JPY" },
      { amountMinor: 25_000_000, currency: "KWD" },
    ];
    // In seconds. 3,024 s and 7,560 s land due and age points exactly on a half hundredth, where rounding half
    // up (TypeScript's Math.round) and half to even (SQL's round) disagree.
    const dueOffsets = [
      null,
      -400 * 3_600,
      -72.5 * 3_600,
      -7_560,
      -3_600,
      900,
      3_024,
      86_400,
      360_000,
      604_440,
      1_800_000,
    ];
    const readyOffsets = [null, 0, -1_800, -3_024, -108_000, -720_000, -1_209_600, -3_600_000];
    for (let a = 0; a < 12; a++) {
      const accountId = newId("account");
      const milestoneId = newId("milestone");
      const arr = pick(arrs);
      const risk = pick(RISK_LEVELS);
      const ownedByCaller = a % 3 !== 0;
      await trx
        .insertInto("accounts")
        .values({
          id: accountId,
          organization_id: world.organizationId,
          name: `Account ${a}`,
          arr_minor: arr.amountMinor,
          arr_currency: arr.currency,
          risk,
          owner_agent_id: ownedByCaller ? world.agent.agentId : colleagueId,
          started_at: new Date(now),
          custom_fields: "{}",
        })
        .execute();
      await trx
        .insertInto("milestones")
        .values({
          id: milestoneId,
          organization_id: world.organizationId,
          account_id: accountId,
          key: "kickoff",
          name: `Kickoff ${a}`,
          position: 0,
          starts_at: new Date(now),
        })
        .execute();
      const actions = [];
      for (let i = 0; i < 16; i++) {
        const state = i < 11 ? pick(["ready", "review_pending"] as const) : pick(ACTION_STATES);
        const dueSeconds = pick(dueOffsets);
        const readySeconds = pick(readyOffsets);
        // Whole-millisecond jitter on some rows, so times are not all round hours.
        const jitter = random() < 0.5 ? Math.floor(random() * 1_000_000) : 0;
        const dueAt = dueSeconds === null ? null : new Date(now + dueSeconds * 1_000 + jitter);
        const readyAt = readySeconds === null ? null : new Date(now + readySeconds * 1_000 - jitter);
        const id = newId("action");
        const type = pick(ACTION_TYPES);
        actions.push({
          id,
          organization_id: world.organizationId,
          account_id: accountId,
          milestone_id: milestoneId,
          key: `action_${i}`,
          name: `Action ${a}.${i}`,
          type,
          state,
          trigger: JSON.stringify({ type: "manual" }),
          due_at: dueAt,
          ready_at: readyAt,
          updated_at: new Date(now),
        });
        seededActions.push({
          actionId: id as ReadyQueueItem["actionId"],
          arr,
          risk,
          dueAt: dueAt?.toISOString() ?? null,
          readySince: readyAt?.toISOString() ?? null,
          state,
          type,
          accountId,
          ownedByCaller,
        });
      }
      await trx.insertInto("actions").values(actions).execute();
    }
  });
  return seededActions;
}

const inQueue = (action: SeededAction) => action.state === "ready" || action.state === "review_pending";

for (const kind of testDatabaseKinds()) {
  describe(`readyQueue.list on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;
    let seededActions: SeededAction[];

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db, { role: "agent" });
      otherWorld = await createTestWorld(database.db);
      seededActions = await seedQueue(world, database.db, 7);
      await seedQueue(otherWorld, database.db, 8);
    });
    afterAll(async () => {
      await database?.close();
    });

    async function listAll(input: Parameters<ReturnType<typeof callerFor>["readyQueue"]["list"]>[0]) {
      const caller = callerFor(world);
      const items = [];
      let cursor: string | undefined;
      let pages = 0;
      const start = world.deps.clock.now().toISOString();
      do {
        const page = await caller.readyQueue.list({ ...input, cursor });
        expect(page.now).toBe(start);
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
        if (cursor) {
          // The cursor holds the priority SQL computed for the page's last row: it equals scoring's.
          const position = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
          expect(position.priority).toBe(page.items.at(-1)?.priority);
        }
        pages++;
        // Time passes while the agent pages; the listing keeps ranking at its first `now`.
        world.deps.clock.advance(5 * 60_000);
      } while (cursor);
      world.deps.clock.set(start);
      return { items, pages };
    }

    it("orders by the priority of @trellis/scoring computed in SQL and pages through every row exactly once", async () => {
      const now = world.deps.clock.now().toISOString();
      const expected = rankReadyQueue(seededActions.filter(inQueue), now);
      const { items, pages } = await listAll({ limit: 7 });

      expect(pages).toBe(Math.ceil(expected.length / 7));
      expect(new Set(items.map((item) => item.actionId)).size).toBe(items.length);
      expect(items.map((item) => item.actionId)).toEqual(expected.map((ranked) => ranked.item.actionId));
      expect(items.map((item) => item.priority)).toEqual(expected.map((ranked) => ranked.priority.priority));
      expect(items.map((item) => item.components)).toEqual(
        expected.map((ranked) => ranked.priority.components),
      );
      // The data set really is varied: ties, overdue and due-soon rows, and a wide spread of priorities.
      const priorities = expected.map((ranked) => ranked.priority.priority);
      expect(new Set(priorities).size).toBeGreaterThan(40);
      expect(priorities.length - new Set(priorities).size).toBeGreaterThan(0);
      expect(items.some((item) => item.components.due.reason.startsWith("Overdue"))).toBe(true);
    });

    it("filters by owner, action type and account, keeping the order", async () => {
      const now = world.deps.clock.now().toISOString();
      const mine = await listAll({ owner: "mine", limit: 10 });
      expect(mine.items.map((item) => item.actionId)).toEqual(
        rankReadyQueue(
          seededActions.filter((action) => inQueue(action) && action.ownedByCaller),
          now,
        ).map((ranked) => ranked.item.actionId),
      );
      expect(mine.items.every((item) => item.account.ownerAgentId === world.agent.agentId)).toBe(true);

      const emailsAndForms = await listAll({ types: ["email", "form"], limit: 10 });
      expect(emailsAndForms.items.map((item) => item.actionId)).toEqual(
        rankReadyQueue(
          seededActions.filter((action) => inQueue(action) && ["email", "form"].includes(action.type)),
          now,
        ).map((ranked) => ranked.item.actionId),
      );

      const accountId = seededActions[0]?.accountId ?? "";
      const oneAccount = await callerFor(world).readyQueue.list({ accountId, limit: 100 });
      expect(oneAccount.items.map((item) => item.actionId)).toEqual(
        rankReadyQueue(
          seededActions.filter((action) => inQueue(action) && action.accountId === accountId),
          now,
        ).map((ranked) => ranked.item.actionId),
      );
      expect(oneAccount.nextCursor).toBeNull();
    });

    it("never shows another organization's actions", async () => {
      const { items } = await listAll({ limit: 100 });
      const ours = new Set(seededActions.map((action) => action.actionId as string));
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => ours.has(item.actionId))).toBe(true);
      const theirs = await callerFor(otherWorld).readyQueue.list({ limit: 100 });
      expect(theirs.items.some((item) => ours.has(item.actionId))).toBe(false);
      // Another organization cannot page into ours with our cursor either: the cursor only carries a position.
      const first = await callerFor(world).readyQueue.list({ limit: 3 });
      const crossed = await callerFor(otherWorld).readyQueue.list({ cursor: first.nextCursor ?? undefined });
      expect(crossed.items.some((item) => ours.has(item.actionId))).toBe(false);
    });

    it("refuses anonymous callers and bad input", async () => {
      await expect(callerFor(world, "anonymous").readyQueue.list({})).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
      await expect(callerFor(world).readyQueue.list({ limit: 0 })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(callerFor(world).readyQueue.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(callerFor(world).readyQueue.list({ types: ["fax" as ActionType] })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    });
  });
}
