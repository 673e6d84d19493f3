import { describe, expect, it } from "vitest";
import { slackOutcome } from "./slack-webhook-sender.js";
import { smtpFailure } from "./smtp-sender.js";

describe("smtpFailure", () => {
  it.each([
    [{ responseCode: 421 }, true],
    [{ responseCode: 451 }, true],
    [{ responseCode: 550 }, false],
    [{ responseCode: 554 }, false],
    [{ code: "ECONNECTION" }, true],
    [{ code: "ETIMEDOUT" }, true],
    [{ code: "EENVELOPE" }, false],
  ])("treats %o as transient: %s", (details, transient) => {
    const error = Object.assign(new Error("smtp trouble"), details);
    expect(smtpFailure(error)).toEqual({ ok: false, transient, reason: "smtp trouble" });
  });
});

describe("slackOutcome", () => {
  it("accepts 2xx, retries 429 and 5xx, and gives up on other 4xx", () => {
    expect(slackOutcome(200, "ok")).toEqual({ ok: true, reference: null });
    expect(slackOutcome(429, "rate_limited")).toMatchObject({ ok: false, transient: true });
    expect(slackOutcome(502, "")).toMatchObject({ ok: false, transient: true, reason: "Slack answered 502" });
    expect(slackOutcome(404, "no_service")).toMatchObject({
      ok: false,
      transient: false,
      reason: "Slack answered 404: no_service",
    });
  });
});
