import { describe, expect, it } from "vitest";
import { proposeMeetingSlots } from "./meeting-slots.js";

describe("proposeMeetingSlots", () => {
  it.each([
    // Friday noon UTC: the weekend is skipped.
    [
      "2026-01-30T12:00:00.000Z",
      "Europe/Paris",
      ["2026-02-02T09:00:00.000Z", "2026-02-03T09:00:00.000Z", "2026-02-04T09:00:00.000Z"],
    ],
    [
      "2026-01-30T12:00:00.000Z",
      "America/New_York",
      ["2026-02-02T15:00:00.000Z", "2026-02-03T15:00:00.000Z", "2026-02-04T15:00:00.000Z"],
    ],
    // Monday 08:00 in Tokyo: today's 10:00 is within the 24 hours' notice, so Tuesday first.
    [
      "2026-02-01T23:00:00.000Z",
      "Asia/Tokyo",
      ["2026-02-03T01:00:00.000Z", "2026-02-04T01:00:00.000Z", "2026-02-05T01:00:00.000Z"],
    ],
    // Across the spring DST change in Paris (29 March 2026), from a Wednesday: 10:00 local moves from 09:00 to 08:00 UTC.
    [
      "2026-03-25T12:00:00.000Z",
      "Europe/Paris",
      ["2026-03-27T09:00:00.000Z", "2026-03-30T08:00:00.000Z", "2026-03-31T08:00:00.000Z"],
    ],
  ])("from %s in %s", (now, timeZone, expected) => {
    expect(proposeMeetingSlots(now, timeZone)).toEqual(expected);
  });

  it("honours count, hour and notice", () => {
    expect(
      proposeMeetingSlots("2026-02-02T06:00:00.000Z", "UTC", { count: 2, hour: 14, minNoticeHours: 2 }),
    ).toEqual(["2026-02-02T14:00:00.000Z", "2026-02-03T14:00:00.000Z"]);
  });

  it("is deterministic", () => {
    expect(proposeMeetingSlots("2026-01-30T12:00:00.000Z", "UTC")).toEqual(
      proposeMeetingSlots("2026-01-30T12:00:00.000Z", "UTC"),
    );
  });
});
