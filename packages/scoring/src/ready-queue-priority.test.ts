import {
  type ActionId,
  actionIdSchema,
  type ReadyQueueItem,
  RISK_LEVELS,
  type RiskLevel,
} from "@trellis/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareReadyQueueItems, rankReadyQueue, readyQueuePriority } from "./ready-queue-priority.js";

const now = "2026-03-10T12:00:00.000Z";
const HOUR = 3_600_000;

function id(n: number): ActionId {
  return actionIdSchema.parse(`act_${String(n).padStart(26, "0")}`);
}
function hoursFromNow(hours: number): string {
  return new Date(Date.parse(now) + hours * HOUR).toISOString();
}
function item(n: number, fields: Partial<ReadyQueueItem>): ReadyQueueItem {
  return {
    actionId: id(n),
    arr: { amountMinor: 0, currency: "USD" },
    risk: "low",
    dueAt: null,
    readySince: null,
    ...fields,
  };
}

const overdueWhale = item(1, {
  arr: { amountMinor: 100_000_000, currency: "USD" }, // $1,000,000
  risk: "high",
  dueAt: hoursFromNow(-72),
  readySince: hoursFromNow(-168),
});
const criticalSmall = item(2, {
  arr: { amountMinor: 1_000_000, currency: "USD" }, // $10,000
  risk: "critical",
  dueAt: hoursFromNow(24),
  readySince: hoursFromNow(-1),
});
const idle = item(3, {});
const giant = item(4, {
  arr: { amountMinor: 2_000_000_000, currency: "USD" }, // $20,000,000
  risk: "medium",
  dueAt: hoursFromNow(240),
  readySince: hoursFromNow(-720),
});

describe("readyQueuePriority", () => {
  it("adds up ARR, risk, due date and age points (worked example)", () => {
    // ARR 7.5 × log10(1 + 1,000) = 22.5; high risk 20; 3 days overdue 20 + 10 × 72/168 = 24.29; ready 7 days 10 × 168/336 = 5.
    expect(readyQueuePriority(overdueWhale, now)).toEqual({
      priority: 71.79,
      components: {
        arr: { points: 22.5, max: 30, reason: "ARR $1,000,000.00" },
        risk: { points: 20, max: 30, reason: "High risk" },
        due: { points: 24.29, max: 30, reason: "Overdue by 3 days" },
        age: { points: 5, max: 10, reason: "Ready for 7 days" },
      },
    });
    // ARR 7.5 × log10(11) = 7.81; critical 30; due in 24 h 15 × (1 − 24/168) = 12.86; ready 1 h 10 × 1/336 = 0.03.
    const small = readyQueuePriority(criticalSmall, now);
    expect(small.priority).toBe(50.7);
    expect(small.components.due.reason).toBe("Due in 24 hours");
    expect(small.components.age.reason).toBe("Ready for 1 hour");
    // ARR capped at 30 from $10M; medium 10; due in 10 days 0; ready 30 days capped at 10.
    expect(readyQueuePriority(giant, now).priority).toBe(50);
    expect(readyQueuePriority(giant, now).components.due.reason).toBe("Due in 10 days");
  });

  it("is neutral about a missing due date, zero ARR and an unknown ready time", () => {
    expect(readyQueuePriority(idle, now)).toEqual({
      priority: 0,
      components: {
        arr: { points: 0, max: 30, reason: "ARR $0.00" },
        risk: { points: 0, max: 30, reason: "Low risk" },
        due: { points: 0, max: 30, reason: "No due date" },
        age: { points: 0, max: 10, reason: "Ready since an unknown time" },
      },
    });
  });

  it("compares ARR in major units, or in the organization's currency when given a conversion", () => {
    const yen = item(5, { arr: { amountMinor: 5_000_000, currency: "JPY" } }); // ¥5,000,000
    // 7.5 × log10(1 + 5,000) = 27.74 when yen are taken as they are.
    expect(readyQueuePriority(yen, now).components.arr.points).toBe(27.74);
    // At $0.0067 per yen it is $33,500: 7.5 × log10(34.5) = 11.53.
    const converted = readyQueuePriority(yen, now, {
      convertArr: (arr) => ({ amountMinor: Math.round(arr.amountMinor * 0.0067 * 100), currency: "USD" }),
    });
    expect(converted.components.arr).toEqual({ points: 11.53, max: 30, reason: "ARR $33,500.00" });
  });

  it("treats a negative ARR (a credit) as zero", () => {
    expect(
      readyQueuePriority(item(6, { arr: { amountMinor: -500, currency: "USD" } }), now).components.arr.points,
    ).toBe(0);
  });

  const arrAmount = fc.integer({ min: 0, max: 1e13 });
  const risk = fc.constantFrom<RiskLevel>(...RISK_LEVELS);
  const offset = fc.option(fc.integer({ min: -90 * 24, max: 90 * 24 }), { nil: null });
  const anyItem = fc
    .record({ n: fc.integer({ min: 0, max: 1e6 }), amount: arrAmount, risk, due: offset, ready: offset })
    .map(({ n, amount, risk, due, ready }) =>
      item(n, {
        arr: { amountMinor: amount, currency: "USD" },
        risk,
        dueAt: due === null ? null : hoursFromNow(due),
        readySince: ready === null ? null : hoursFromNow(ready),
      }),
    );

  it("stays within 0–100", () => {
    fc.assert(
      fc.property(anyItem, (queued) => {
        const { priority } = readyQueuePriority(queued, now);
        expect(priority).toBeGreaterThanOrEqual(0);
        expect(priority).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("never ranks a larger ARR lower, all else equal", () => {
    fc.assert(
      fc.property(anyItem, arrAmount, arrAmount, (queued, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowPriority = readyQueuePriority(
          { ...queued, arr: { amountMinor: low, currency: "USD" } },
          now,
        );
        const highPriority = readyQueuePriority(
          { ...queued, arr: { amountMinor: high, currency: "USD" } },
          now,
        );
        expect(highPriority.priority).toBeGreaterThanOrEqual(lowPriority.priority);
      }),
    );
  });

  it("ranks a higher risk strictly higher, all else equal", () => {
    fc.assert(
      fc.property(anyItem, (queued) => {
        const priorities = RISK_LEVELS.map(
          (level) => readyQueuePriority({ ...queued, risk: level }, now).priority,
        );
        for (let i = 1; i < priorities.length; i++) {
          expect(priorities[i]).toBeGreaterThan(priorities[i - 1] ?? Number.POSITIVE_INFINITY);
        }
      }),
    );
  });

  it("ranks an overdue action above one due soon, and one due soon above one without a due date", () => {
    const hours = fc.integer({ min: 1, max: 24 * 365 });
    fc.assert(
      fc.property(hours, fc.integer({ min: 0, max: 24 * 6 }), (overdueBy, dueIn) => {
        const due = (dueAt: string | null) =>
          readyQueuePriority(item(7, { dueAt }), now).components.due.points;
        const overdue = due(hoursFromNow(-overdueBy));
        const soon = due(hoursFromNow(dueIn));
        expect(overdue).toBeGreaterThan(soon);
        expect(soon).toBeGreaterThan(due(null));
      }),
    );
  });
});

describe("rankReadyQueue", () => {
  it("puts the highest priority first and keeps the caller's fields", () => {
    const ranked = rankReadyQueue(
      [idle, giant, criticalSmall, overdueWhale].map((queued) => ({
        ...queued,
        accountName: `Account ${queued.actionId.slice(-1)}`,
      })),
      now,
    );
    expect(ranked.map(({ item, priority }) => [item.accountName, priority.priority])).toEqual([
      ["Account 1", 71.79],
      ["Account 2", 50.7],
      ["Account 4", 50],
      ["Account 3", 0],
    ]);
  });

  it("breaks ties by due date (none last), then by action id", () => {
    const farDue = item(20, { dueAt: hoursFromNow(400) });
    const nearerDue = item(30, { dueAt: hoursFromNow(300) }); // both due later than a week: 0 due points
    const noDueA = item(10, {});
    const noDueB = item(11, {});
    const ranked = rankReadyQueue([noDueB, farDue, noDueA, nearerDue], now);
    expect(ranked.every(({ priority }) => priority.priority === 0)).toBe(true);
    expect(ranked.map(({ item }) => item.actionId)).toEqual([id(30), id(20), id(10), id(11)]);
  });

  it("orders the same items the same way whatever order they come in", () => {
    const queuedItems = fc
      .uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 12 })
      .chain((ns) =>
        fc.tuple(
          ...ns.map((n) =>
            fc
              .record({
                risk: fc.constantFrom<RiskLevel>(...RISK_LEVELS),
                due: fc.constantFrom(null, -48, 24, 400),
              })
              .map(({ risk, due }) => item(n, { risk, dueAt: due === null ? null : hoursFromNow(due) })),
          ),
        ),
      );
    const withShuffle = queuedItems.chain((items) =>
      fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
    );
    fc.assert(
      fc.property(withShuffle, ([items, shuffled]) => {
        const ranked = rankReadyQueue(items, now);
        expect(rankReadyQueue(shuffled, now).map(({ item }) => item.actionId)).toEqual(
          ranked.map(({ item }) => item.actionId),
        );
        // A strict order: no two distinct actions compare equal, so a page boundary never splits a tie.
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          if (a && b) expect(compareReadyQueueItems(a, b)).toBeLessThan(0);
        }
      }),
    );
  });
});
