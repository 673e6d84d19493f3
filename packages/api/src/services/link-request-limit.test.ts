import { describe, expect, it } from "vitest";
import { linkRequestDecision, tooManyLinkRequestsMessage } from "./link-request-limit.js";

const t0 = new Date("2026-03-02T09:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("linkRequestDecision", () => {
  it("allows up to three requests in fifteen minutes", () => {
    expect(linkRequestDecision([], t0)).toEqual({ record: true });
    expect(linkRequestDecision([at(0)], at(1))).toEqual({ record: true });
    expect(linkRequestDecision([at(0), at(1)], at(2))).toEqual({ record: true });
  });

  it("refuses the fourth and says when the oldest leaves the window", () => {
    expect(linkRequestDecision([at(0), at(1), at(2)], at(3))).toEqual({ record: false, retryInMinutes: 12 });
    expect(linkRequestDecision([at(2), at(0), at(1)], at(14.5))).toEqual({
      record: false,
      retryInMinutes: 1,
    });
  });

  it("slides: a request fifteen minutes old no longer counts", () => {
    expect(linkRequestDecision([at(0), at(1), at(2)], at(15))).toEqual({ record: true });
    expect(linkRequestDecision([at(0), at(1), at(2)], at(15.5))).toEqual({ record: true });
    expect(linkRequestDecision([at(0), at(1), at(2), at(15)], at(16))).toEqual({ record: true });
    expect(linkRequestDecision([at(2), at(3), at(15)], at(16.5))).toEqual({
      record: false,
      retryInMinutes: 1,
    });
  });

  it("takes a different limit", () => {
    expect(linkRequestDecision([at(0)], at(1), { max: 1, windowMs: 60 * 60_000 })).toEqual({
      record: false,
      retryInMinutes: 59,
    });
  });
});

describe("tooManyLinkRequestsMessage", () => {
  it("names the wait in minutes", () => {
    expect(tooManyLinkRequestsMessage(12)).toBe(
      "Too many sign-in links were requested for this address. Try again in 12 minutes.",
    );
    expect(tooManyLinkRequestsMessage(1)).toBe(
      "Too many sign-in links were requested for this address. Try again in 1 minute.",
    );
  });
});
