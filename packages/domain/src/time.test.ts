import { describe, expect, it } from "vitest";
import { addHours, timeZoneSchema, utcTimestampSchema } from "./time.js";

describe("time", () => {
  it("accepts UTC instants only", () => {
    expect(utcTimestampSchema.safeParse("2026-01-31T09:00:00.000Z").success).toBe(true);
    expect(utcTimestampSchema.safeParse("2026-01-31T09:00:00+02:00").success).toBe(false);
    expect(utcTimestampSchema.safeParse("2026-01-31").success).toBe(false);
  });

  it("adds hours across days", () => {
    expect(addHours("2026-01-31T20:00:00.000Z", 720)).toBe("2026-03-02T20:00:00.000Z");
  });

  it("checks time zones against the runtime database", () => {
    expect(timeZoneSchema.safeParse("Europe/Paris").success).toBe(true);
    expect(timeZoneSchema.safeParse("Mars/Olympus").success).toBe(false);
  });
});
