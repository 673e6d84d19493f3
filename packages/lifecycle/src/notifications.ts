/**
 * The notifications the lifecycle sends the account's owner agent: things that happen without them and that
 * they must know about (an automatic completion, a customer's answer, a delivery or draft that failed for good).
 */
import type { CustomerResponse } from "@trellis/domain";
import type { NotifyEffect } from "./action-effect.js";

const MAX_TITLE_LENGTH = 200;

function notify(kind: NotifyEffect["kind"], title: string): NotifyEffect {
  const clipped = title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
  return { type: "notify", kind, recipient: "owner_agent", title: clipped };
}

const RESPONSE_TITLES: Record<CustomerResponse["kind"], string> = {
  form_submitted: "The contact submitted the form",
  document_uploaded: "The contact uploaded a document",
  meeting_booked: "The contact booked the meeting",
  replied: "The contact replied",
};

export function customerRespondedNotification(response: CustomerResponse, completed: boolean): NotifyEffect {
  if (!completed) return notify("customer_responded", RESPONSE_TITLES[response.kind]);
  const title =
    response.kind === "document_uploaded"
      ? "The contact uploaded every required document"
      : RESPONSE_TITLES[response.kind];
  return notify("action_completed", `${title}; the action is complete`);
}

export function deliveredAndCompletedNotification(): NotifyEffect {
  return notify("action_completed", "The message was posted; the action is complete");
}

export function deliveryFailedNotification(reason: string): NotifyEffect {
  return notify("delivery_failed", `Delivery failed for good: ${reason}`);
}

export function draftFailedNotification(reason: string): NotifyEffect {
  return notify("draft_failed", `The draft could not be generated: ${reason}`);
}
