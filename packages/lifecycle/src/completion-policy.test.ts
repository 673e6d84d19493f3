import { ACTION_TYPES, type ActionType, type CustomerResponse } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import {
  COMPLETION_POLICY,
  completesOnDelivery,
  completesOnResponse,
  completionPolicyFor,
} from "./completion-policy.js";

const FORM_SUBMITTED: CustomerResponse = { kind: "form_submitted" };
const ALL_DOCUMENTS: CustomerResponse = {
  kind: "document_uploaded",
  documentKey: "w9",
  allRequiredReceived: true,
};
const SOME_DOCUMENTS: CustomerResponse = {
  kind: "document_uploaded",
  documentKey: "w9",
  allRequiredReceived: false,
};
const MEETING_BOOKED: CustomerResponse = { kind: "meeting_booked", startsAt: "2026-02-10T15:00:00.000Z" };
const REPLIED: CustomerResponse = { kind: "replied" };

describe("completion policy (SPEC §B)", () => {
  it.each([
    ["email", "marked_by_agent", false],
    ["form", "form_submitted", true],
    ["document", "all_required_documents_received", true],
    ["meeting", "marked_by_agent", false],
    ["slack", "delivered", true],
    ["manual", "marked_by_agent", false],
  ] as const)("%s completes on %s (automatic: %s)", (type, trigger, automatic) => {
    expect(completionPolicyFor(type)).toEqual(expect.objectContaining({ trigger, automatic }));
    expect(COMPLETION_POLICY[type].description).toMatch(/^when /);
  });

  const responses: Record<string, CustomerResponse> = {
    FORM_SUBMITTED,
    ALL_DOCUMENTS,
    SOME_DOCUMENTS,
    MEETING_BOOKED,
    REPLIED,
  };
  const COMPLETING: Record<ActionType, readonly string[]> = {
    email: [],
    form: ["FORM_SUBMITTED"],
    document: ["ALL_DOCUMENTS"],
    meeting: [],
    slack: [],
    manual: [],
  };

  it.each(ACTION_TYPES)("a %s action completes on exactly the expected responses", (type) => {
    const completing = Object.entries(responses)
      .filter(([, response]) => completesOnResponse(type, response))
      .map(([name]) => name);
    expect(completing).toEqual(COMPLETING[type]);
  });

  it("only slack completes on delivery", () => {
    expect(ACTION_TYPES.filter(completesOnDelivery)).toEqual(["slack"]);
  });
});
