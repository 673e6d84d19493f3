import { newId } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { describeActor, describeHistoryEvent } from "./history-description";

describe("describeHistoryEvent", () => {
  it.each([
    [{ kind: "form_submitted" } as const, "Submitted the form in the portal"],
    [
      { kind: "document_uploaded", documentKey: "security_review", allRequiredReceived: false } as const,
      "Uploaded “security_review” in the portal",
    ],
    [
      { kind: "document_uploaded", documentKey: "security_review", allRequiredReceived: true } as const,
      "Uploaded “security_review”; every required document is in",
    ],
    [
      { kind: "meeting_booked", startsAt: "2026-12-01T15:00:00.000Z" } as const,
      "Booked a meeting slot in the portal",
    ],
    [{ kind: "replied" } as const, "Replied"],
  ])("says what the contact did (%o)", (response, text) => {
    expect(describeHistoryEvent({ type: "customer_responded", response })).toBe(text);
  });

  it("names the contact who acted", () => {
    expect(describeActor({ kind: "contact", contactId: newId("contact"), name: "Ana Silva" })).toBe(
      "Ana Silva",
    );
  });
});
