/**
 * Proposed meeting slots derived from the injected `now` and the agent's time zone, so the same request always
 * proposes the same slots (drafts are reproducible and testable) and slots fall in the agent's working hours.
 */
import type { UtcTimestamp } from "@trellis/domain";

export interface SlotOptions {
  /** How many slots to propose. */
  readonly count?: number;
  /** Local start hour in the agent's time zone (0–23). */
  readonly hour?: number;
  /** Minimum notice before the first slot, in hours. */
  readonly minNoticeHours?: number;
}

/**
 * The next business days (Monday–Friday in `timeZone`) at `hour`:00 local time, at least `minNoticeHours` after
 * `now`, as UTC instants.
 *
 * @example
 * proposeMeetingSlots("2026-01-30T12:00:00.000Z", "Europe/Paris");
 * // ["2026-02-02T09:00:00.000Z", "2026-02-03T09:00:00.000Z", "2026-02-04T09:00:00.000Z"]
 */
export function proposeMeetingSlots(
  now: UtcTimestamp,
  timeZone: string,
  options: SlotOptions = {},
): UtcTimestamp[] {
  const { count = 3, hour = 10, minNoticeHours = 24 } = options;
  const earliest = Date.parse(now) + minNoticeHours * 3_600_000;
  const today = localDate(Date.parse(now), timeZone);
  const slots: UtcTimestamp[] = [];
  // Two weeks of days always holds enough business days for a handful of slots.
  for (let day = 0; slots.length < count && day < 14 + count * 2; day++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + day));
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const instant = wallTimeToUtc(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      hour,
      timeZone,
    );
    if (instant >= earliest) slots.push(new Date(instant).toISOString());
  }
  return slots;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: number, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

function localDate(instant: number, timeZone: string): { year: number; month: number; day: number } {
  const { year, month, day } = localParts(instant, timeZone);
  return { year, month, day };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const wholeSeconds = instant - (((instant % 1000) + 1000) % 1000);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - wholeSeconds;
}

/** The UTC instant of a local wall-clock time; the second pass settles days when the offset changes (DST). */
function wallTimeToUtc(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  const guess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(guess, timeZone);
}
