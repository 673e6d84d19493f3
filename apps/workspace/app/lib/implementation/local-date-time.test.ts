import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromDateTimeLocalValue, toDateTimeLocalValue } from "./local-date-time";

const originalZone = process.env.TZ;

beforeAll(() => {
  process.env.TZ = "America/New_York";
});
afterAll(() => {
  process.env.TZ = originalZone;
});

describe("datetime-local values in the viewer's zone", () => {
  it("reads a local value as an instant in the viewer's zone", () => {
    expect(fromDateTimeLocalValue("2026-02-02T09:30")).toBe("2026-02-02T14:30:00.000Z");
    expect(fromDateTimeLocalValue("2026-07-02T09:30")).toBe("2026-07-02T13:30:00.000Z");
  });

  it("shows an instant as the viewer's local value", () => {
    expect(toDateTimeLocalValue("2026-02-02T14:30:00.000Z")).toBe("2026-02-02T09:30");
  });

  it("refuses what is not a datetime-local value", () => {
    expect(fromDateTimeLocalValue("")).toBeNull();
    expect(fromDateTimeLocalValue("tomorrow")).toBeNull();
    expect(fromDateTimeLocalValue("2026-13-45T99:99")).toBeNull();
  });
});
