/** Time is stored and exchanged as UTC ISO-8601 instants and injected through a `Clock`, never read ad hoc. */
import { z } from "zod";

export const utcTimestampSchema = z.iso
  .datetime({ offset: false })
  .describe("UTC instant in ISO 8601, e.g. 2026-01-31T09:00:00.000Z");
export type UtcTimestamp = z.infer<typeof utcTimestampSchema>;

/** IANA time zone name, checked against the runtime's time-zone database. */
export const timeZoneSchema = z
  .string()
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Europe/Paris")
  .describe("IANA time zone");

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function toUtcTimestamp(date: Date): UtcTimestamp {
  return date.toISOString();
}

/** Adds hours to a UTC instant. */
export function addHours(timestamp: UtcTimestamp, hours: number): UtcTimestamp {
  return new Date(Date.parse(timestamp) + hours * 3_600_000).toISOString();
}
