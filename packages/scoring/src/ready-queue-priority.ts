import {
  formatMoney,
  type Money,
  minorUnitDigits,
  type ReadyQueueItem,
  type RiskLevel,
  type UtcTimestamp,
} from "@trellis/domain";
import { clamp, roundTo } from "./rounding.js";

const HOUR_MS = 3_600_000;
const DUE_SOON_HOURS = 7 * 24;
const OVERDUE_FULL_HOURS = 7 * 24;
const AGE_FULL_HOURS = 14 * 24;

/** Most points each factor can give; together 100. */
export const READY_QUEUE_MAX_POINTS = Object.freeze({ arr: 30, risk: 30, due: 30, age: 10 });

export const RISK_POINTS: Readonly<Record<RiskLevel, number>> = Object.freeze({
  low: 0,
  medium: 10,
  high: 20,
  critical: 30,
});

const RISK_REASONS: Readonly<Record<RiskLevel, string>> = {
  low: "Low risk",
  medium: "Medium risk",
  high: "High risk",
  critical: "Critical risk",
};

export interface PriorityComponent {
  points: number;
  max: number;
  /** For the "why is this first?" tooltip: "ARR $120,000.00", "Overdue by 3 days". */
  reason: string;
}

export interface ReadyQueuePriority {
  /** 0–100, two decimals: the sum of the components. */
  priority: number;
  components: {
    arr: PriorityComponent;
    risk: PriorityComponent;
    due: PriorityComponent;
    age: PriorityComponent;
  };
}

export interface ReadyQueuePriorityOptions {
  /**
   * Converts an account's ARR into the organization's currency. Without it ARR is compared in major units of
   * its own currency (dollars, euros, yen), which is right when all of an organization's accounts bill in one
   * currency, as is usual.
   */
  convertArr?: (arr: Money) => Money;
}

/**
 * The Ready-queue priority of an action (SPEC §B "ordered by priority (ARR, risk, due date)"), 0–100:
 * - ARR: `min(30, 7.5 × log10(1 + ARR / 1,000))` in major units: $10k → 7.8, $100k → 15, $1M → 22.5, $10M → 30.
 *   Logarithmic, so each tenfold ARR adds the same 7.5 points and a $1M account does not drown everything.
 * - risk: low 0, medium 10, high 20, critical 30.
 * - due date: overdue `20 + 10 × min(1, days overdue / 7)` (20–30: overdue always outranks due soon), due within a
 *   week `15 × (1 − hours left / 168)` (0–15), later or no due date 0 (neutral).
 * - age: `10 × min(1, days ready / 14)`, so an action waiting for two weeks gains 10 points and nothing starves.
 *
 * Priorities depend on `now`: compute a whole listing with one `now` (keep it in the paging cursor) for stable pages.
 *
 * @example
 * readyQueuePriority(item, "2026-03-02T09:00:00.000Z").priority; // 57.5
 */
export function readyQueuePriority(
  item: ReadyQueueItem,
  now: UtcTimestamp,
  options: ReadyQueuePriorityOptions = {},
): ReadyQueuePriority {
  const nowMs = Date.parse(now);
  const arr = options.convertArr ? options.convertArr(item.arr) : item.arr;
  const components = {
    arr: arrComponent(arr),
    risk: {
      points: RISK_POINTS[item.risk],
      max: READY_QUEUE_MAX_POINTS.risk,
      reason: RISK_REASONS[item.risk],
    },
    due: dueComponent(item.dueAt, nowMs),
    age: ageComponent(item.readySince, nowMs),
  };
  const priority = roundTo(
    components.arr.points + components.risk.points + components.due.points + components.age.points,
    2,
  );
  return { priority, components };
}

function arrComponent(arr: Money): PriorityComponent {
  const major = Math.max(0, arr.amountMinor) / 10 ** minorUnitDigits(arr.currency);
  const points = Math.min(READY_QUEUE_MAX_POINTS.arr, 7.5 * Math.log10(1 + major / 1_000));
  return { points: roundTo(points, 2), max: READY_QUEUE_MAX_POINTS.arr, reason: `ARR ${formatMoney(arr)}` };
}

function dueComponent(dueAt: UtcTimestamp | null, nowMs: number): PriorityComponent {
  const max = READY_QUEUE_MAX_POINTS.due;
  if (dueAt === null) return { points: 0, max, reason: "No due date" };
  const hoursLeft = (Date.parse(dueAt) - nowMs) / HOUR_MS;
  if (hoursLeft < 0) {
    const points = 20 + 10 * Math.min(1, -hoursLeft / OVERDUE_FULL_HOURS);
    return { points: roundTo(points, 2), max, reason: `Overdue by ${duration(-hoursLeft)}` };
  }
  if (hoursLeft < DUE_SOON_HOURS) {
    const points = 15 * (1 - hoursLeft / DUE_SOON_HOURS);
    return { points: roundTo(points, 2), max, reason: `Due in ${duration(hoursLeft)}` };
  }
  return { points: 0, max, reason: `Due in ${duration(hoursLeft)}` };
}

function ageComponent(readySince: UtcTimestamp | null, nowMs: number): PriorityComponent {
  const max = READY_QUEUE_MAX_POINTS.age;
  if (readySince === null) return { points: 0, max, reason: "Ready since an unknown time" };
  const hours = Math.max(0, (nowMs - Date.parse(readySince)) / HOUR_MS);
  return {
    points: roundTo(10 * clamp(hours / AGE_FULL_HOURS, 0, 1), 2),
    max,
    reason: `Ready for ${duration(hours)}`,
  };
}

function duration(hours: number): string {
  if (hours < 1) return "less than an hour";
  if (hours < 48) {
    const whole = Math.floor(hours);
    return `${whole} ${whole === 1 ? "hour" : "hours"}`;
  }
  return `${Math.floor(hours / 24)} days`;
}

export interface RankedReadyQueueItem<T extends ReadyQueueItem = ReadyQueueItem> {
  item: T;
  priority: ReadyQueuePriority;
}

/**
 * Orders ranked items: higher priority first, then earlier due date (no due date last), then action id, so equal
 * priorities always come out in the same order and pages do not shuffle.
 */
export function compareReadyQueueItems(a: RankedReadyQueueItem, b: RankedReadyQueueItem): number {
  if (a.priority.priority !== b.priority.priority) return b.priority.priority - a.priority.priority;
  const dueA = a.item.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(a.item.dueAt);
  const dueB = b.item.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(b.item.dueAt);
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.item.actionId < b.item.actionId ? -1 : a.item.actionId > b.item.actionId ? 1 : 0;
}

/**
 * Computes every item's priority at one `now` and sorts them for the Ready queue.
 *
 * @example
 * const queue = rankReadyQueue(items, "2026-03-02T09:00:00.000Z");
 * queue[0]?.priority.components.due.reason; // "Overdue by 3 days"
 */
export function rankReadyQueue<T extends ReadyQueueItem>(
  items: readonly T[],
  now: UtcTimestamp,
  options: ReadyQueuePriorityOptions = {},
): RankedReadyQueueItem<T>[] {
  return items
    .map((item) => ({ item, priority: readyQueuePriority(item, now, options) }))
    .sort(compareReadyQueueItems);
}
