import { type ActionContent, DELIVERY_CHANNEL_BY_ACTION_TYPE, type DraftProblem } from "@trellis/domain";
import type { ActionContext } from "./action-context.js";

/**
 * A portal request (form, document, meeting) is announced by email to the account's primary contact, with a
 * sign-in link. An account without any contact would get a request nobody hears of, so that blocks execution as a
 * draft problem the agent sees before executing (rather than a delivery failing after it).
 */
export function portalRecipientProblems(
  content: ActionContent,
  context: Pick<ActionContext, "account" | "contacts">,
): DraftProblem[] {
  if (DELIVERY_CHANNEL_BY_ACTION_TYPE[content.type] !== "portal" || context.contacts.length > 0) return [];
  return [
    {
      code: "empty_required",
      severity: "error",
      path: "recipient",
      message: `${context.account.name} has no contact to send this request to: add a contact to the account first`,
      match: null,
    },
  ];
}
