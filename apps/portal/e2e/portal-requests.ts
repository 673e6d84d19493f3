/**
 * The document and meeting requests the customer loop works through, arranged by the agent through the API: custom
 * actions on one of the account's milestones, with drafts written by hand, executed at once. The seed's own requests
 * depend on the clock, so the suite never relies on them.
 */
import { randomUUID } from "node:crypto";
import type { TrellisClient } from "@trellis/client";
import type { DocumentContent, MeetingContent } from "@trellis/domain";

const HOUR_MS = 3_600_000;

/** The required document's limit: small, so the oversized upload the suite sends stays cheap. */
export const REQUIRED_DOCUMENT_MAX_BYTES = 1024 * 1024;

/** Two requested documents: a required PDF of at most 1 MB, and an optional one. */
export const DOCUMENT_REQUEST: DocumentContent = {
  type: "document",
  title: "Share your security documents",
  instructions: "Upload your latest security questionnaire. The penetration test report is welcome too.",
  documents: [
    {
      key: "security_questionnaire",
      name: "Security questionnaire",
      description: "The filled-in questionnaire, as a PDF.",
      acceptedTypes: [".pdf"],
      required: true,
      maxSizeBytes: REQUIRED_DOCUMENT_MAX_BYTES,
    },
    {
      key: "pentest_report",
      name: "Penetration test report",
      description: null,
      acceptedTypes: [".pdf", ".docx"],
      required: false,
      maxSizeBytes: 5 * REQUIRED_DOCUMENT_MAX_BYTES,
    },
  ],
};

/**
 * A 30-minute meeting with three proposed slots on the next three days after tomorrow, on the hour.
 *
 * @example
 * meetingRequest(new Date("2031-05-01T10:20:00Z")).proposedSlots;
 * // ["2031-05-03T11:00:00.000Z", "2031-05-04T11:00:00.000Z", "2031-05-05T11:00:00.000Z"]
 */
export function meetingRequest(now: Date): MeetingContent {
  const nextHour = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
  return {
    type: "meeting",
    title: "Book the technical kickoff",
    agenda: "Integration plan\nData migration\nOpen questions",
    durationMinutes: 30,
    schedulingLink: null,
    proposedSlots: [2, 3, 4].map((days) => new Date(nextHour + days * 24 * HOUR_MS).toISOString()),
  };
}

/** Executes the action as the agent (confirmed, with a fresh idempotency key). */
export function execute(agent: TrellisClient, actionId: string) {
  return agent.actions.execute.mutate({ actionId, confirm: true, idempotencyKey: randomUUID() });
}

/**
 * Adds a custom action with `content` as its hand-written draft to the milestone of the account and executes it;
 * returns its id. Fails when the API refuses any step, so a request the suite counts on always exists.
 *
 * @example
 * const documentActionId = await executeCustomRequest(agent, accountId, milestoneId, DOCUMENT_REQUEST);
 */
export async function executeCustomRequest(
  agent: TrellisClient,
  accountId: string,
  milestoneId: string,
  content: DocumentContent | MeetingContent,
): Promise<string> {
  const created = await agent.actions.createCustom.mutate({
    accountId,
    milestoneId,
    type: content.type,
    name: content.title,
    purpose: "Arranged by the portal e2e suite",
    trigger: { type: "manual" },
    content,
  });
  const executed = await execute(agent, created.id);
  if (executed.action.state !== "executed") {
    throw new Error(`the ${content.type} request was not executed: it is ${executed.action.state}`);
  }
  return created.id;
}
