import { describe, expect, it } from "vitest";
import { ACTION_EVENT_TYPES, type ActionEvent, actionEventSchema } from "./action-event.js";
import { AGENT, CONTACT, context, SYSTEM, sampleEvent, snapshot } from "./test-support/fixtures.js";
import { transition } from "./transition.js";

describe("actionEventSchema", () => {
  it("lists the eleven lifecycle events", () => {
    expect(ACTION_EVENT_TYPES).toEqual([
      "draft_generated",
      "draft_failed",
      "regenerate",
      "edit",
      "execute",
      "deliver_succeeded",
      "deliver_failed",
      "customer_responded",
      "mark_complete",
      "skip",
      "reschedule",
    ]);
  });

  it.each(ACTION_EVENT_TYPES)("accepts a valid %s event", (type) => {
    expect(actionEventSchema.safeParse(sampleEvent(type)).success).toBe(true);
  });

  it.each([
    ["regenerate without instructions", { type: "regenerate", instructions: "   " }],
    [
      "regenerate with instructions over 2000 characters",
      { type: "regenerate", instructions: "x".repeat(2_001) },
    ],
    ["skip without a reason", { type: "skip", reason: "" }],
    ["reschedule to a local time", { type: "reschedule", to: "2026-02-09T09:00:00+02:00" }],
    ["edit of no field", { type: "edit", draftId: "drf_01J00000000000000000000000", fields: [] }],
    [
      "edit with a draft id of another kind",
      { type: "edit", draftId: "act_01J00000000000000000000000", fields: ["subject"] },
    ],
    ["execute without an idempotency key", { type: "execute", confirmed: true, idempotencyKey: "" }],
    ["an unknown event", { type: "undo" }],
  ])("refuses %s", (_name, event) => {
    expect(actionEventSchema.safeParse(event).success).toBe(false);
  });
});

describe("transition validates the payload", () => {
  it("refuses empty regenerate instructions with VALIDATION_FAILED naming the field", () => {
    const result = transition(snapshot("ready"), { type: "regenerate", instructions: " " }, context(AGENT));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION_FAILED");
    expect(result.error.message).toBe(
      "Invalid regenerate event: instructions: say what the new draft should change",
    );
  });

  it("refuses unchecked input cast to an event", () => {
    const body: unknown = { type: "skip" };
    const result = transition(snapshot("ready"), body as ActionEvent, context(AGENT));
    expect(!result.ok && result.error.code).toBe("VALIDATION_FAILED");
    expect(!result.ok && result.error.message).toMatch(/^Invalid skip event: reason: /);
  });

  it("refuses a response that does not fit the action type", () => {
    const result = transition(
      snapshot("executed", "form"),
      {
        type: "customer_responded",
        response: { kind: "document_uploaded", documentKey: "w9", allRequiredReceived: true },
      },
      context(CONTACT),
    );
    expect(!result.ok && result.error).toEqual({
      code: "VALIDATION_FAILED",
      event: "customer_responded",
      issues: [
        {
          path: "response.kind",
          message: "a form action takes form_submitted or replied responses, not document_uploaded",
        },
      ],
      message:
        "Invalid customer_responded event: response.kind: a form action takes form_submitted or replied responses, not document_uploaded",
    });
  });

  it("uses the parsed payload: provider names are trimmed before they reach history", () => {
    const result = transition(
      snapshot("pending"),
      { ...sampleEvent("draft_generated"), provider: "  offline " } as ActionEvent,
      context(SYSTEM),
    );
    expect(result.ok && result.effects[0]).toEqual(
      expect.objectContaining({ event: expect.objectContaining({ provider: "offline" }) }),
    );
  });
});
