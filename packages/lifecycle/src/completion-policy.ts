/**
 * When an executed action is done, per action type (SPEC §B "Completion"). Kept as data so the workspace, the
 * docs and the machine read the same table. Whatever the policy, the agent may always mark an executed action
 * complete (e.g. one executed by mistake).
 */
import type { ActionType, CustomerResponse } from "@trellis/domain";

export type CompletionTrigger =
  | "form_submitted"
  | "all_required_documents_received"
  | "delivered"
  | "marked_by_agent";

export interface CompletionPolicy {
  /** What completes the action. */
  readonly trigger: CompletionTrigger;
  /** Whether the platform completes it by itself (and notifies the agent) rather than waiting for the agent. */
  readonly automatic: boolean;
  /** For people: "completes when …". */
  readonly description: string;
}

/**
 * @example
 * COMPLETION_POLICY.form.trigger; // "form_submitted"
 */
export const COMPLETION_POLICY = {
  email: {
    trigger: "marked_by_agent",
    automatic: false,
    description: "when the agent marks it complete (optional note)",
  },
  form: { trigger: "form_submitted", automatic: true, description: "when the contact submits the form" },
  document: {
    trigger: "all_required_documents_received",
    automatic: true,
    description: "when the contact has uploaded every required document",
  },
  meeting: {
    trigger: "marked_by_agent",
    automatic: false,
    description: "when the agent marks it complete (optional note)",
  },
  slack: {
    trigger: "delivered",
    automatic: true,
    description: "when the message is posted (the agent may also mark it)",
  },
  manual: {
    trigger: "marked_by_agent",
    automatic: false,
    description: "when the agent marks it complete (optional note)",
  },
} as const satisfies Record<ActionType, CompletionPolicy>;

/**
 * The completion policy of an action type.
 *
 * @example
 * completionPolicyFor("slack").automatic; // true
 */
export function completionPolicyFor(type: ActionType): CompletionPolicy {
  return COMPLETION_POLICY[type];
}

/** Whether a customer response completes an executed action of this type by itself. */
export function completesOnResponse(type: ActionType, response: CustomerResponse): boolean {
  switch (COMPLETION_POLICY[type].trigger) {
    case "form_submitted":
      return response.kind === "form_submitted";
    case "all_required_documents_received":
      return response.kind === "document_uploaded" && response.allRequiredReceived;
    default:
      return false;
  }
}

/** Whether a successful delivery completes an executed action of this type by itself. */
export function completesOnDelivery(type: ActionType): boolean {
  return COMPLETION_POLICY[type].trigger === "delivered";
}
