/** One history entry in words, for the timeline: who did it and what happened. */
import type { Actor, CustomerResponse, DeliveryChannel, HistoryEvent } from "@trellis/domain";

const CHANNEL_LABELS: Record<DeliveryChannel, string> = {
  email: "email",
  portal: "the portal",
  slack: "Slack",
  none: "the agent",
};

/** What the contact did; the review panel's customer response shows the answers, files and slot themselves. */
function describeCustomerResponse(response: CustomerResponse): string {
  switch (response.kind) {
    case "form_submitted":
      return "Submitted the form in the portal";
    case "document_uploaded":
      return response.allRequiredReceived
        ? `Uploaded “${response.documentKey}”; every required document is in`
        : `Uploaded “${response.documentKey}” in the portal`;
    case "meeting_booked":
      return "Booked a meeting slot in the portal";
    case "replied":
      return "Replied";
  }
}

/** Who did something: the agent's or contact's name, or the platform part. */
export function describeActor(actor: Actor): string {
  if (actor.kind === "system") return `Trellis (${actor.component})`;
  return actor.name;
}

/** What a history event did, in a short sentence. */
export function describeHistoryEvent(event: HistoryEvent): string {
  switch (event.type) {
    case "created":
      return event.source === "custom" ? "Created as a custom action" : "Created from the playbook";
    case "draft_generated":
      return `Draft generated (${event.model ? `${event.provider}, ${event.model}` : event.provider})`;
    case "draft_failed":
      return `Draft failed: ${event.reason}`;
    case "regeneration_requested":
      return `Regeneration requested: “${event.instructions}”`;
    case "edited":
      return event.fields.length > 0 ? `Edited ${event.fields.join(", ")}` : "Edited the draft";
    case "executed":
      return "Executed";
    case "delivery_succeeded":
      return `Delivered by ${CHANNEL_LABELS[event.channel]}`;
    case "delivery_failed":
      return `Delivery by ${CHANNEL_LABELS[event.channel]} failed${event.final ? " (no more retries)" : ""}: ${event.reason}`;
    case "customer_responded":
      return describeCustomerResponse(event.response);
    case "completed":
      return `${event.automatic ? "Completed automatically" : "Marked as complete"}${event.note ? `: ${event.note}` : ""}`;
    case "skipped":
      return `Skipped: ${event.reason}`;
    case "rescheduled":
      return "Rescheduled";
  }
}
