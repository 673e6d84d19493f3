/**
 * Which customer responses make sense for which action type. A contact can only answer what reached them:
 * a manual action is the agent's own task and never reaches the customer, so it takes no response at all.
 */
import type { ActionType, CustomerResponse } from "@trellis/domain";

export type CustomerResponseKind = CustomerResponse["kind"];

export const CUSTOMER_RESPONSE_KINDS_BY_ACTION_TYPE = {
  email: ["replied"],
  form: ["form_submitted", "replied"],
  document: ["document_uploaded", "replied"],
  meeting: ["meeting_booked", "replied"],
  slack: ["replied"],
  manual: [],
} as const satisfies Record<ActionType, readonly CustomerResponseKind[]>;

/**
 * Whether an action of this type can receive this kind of response.
 *
 * @example
 * acceptsCustomerResponse("form", "form_submitted"); // true
 * acceptsCustomerResponse("form", "document_uploaded"); // false
 */
export function acceptsCustomerResponse(type: ActionType, kind: CustomerResponseKind): boolean {
  const accepted: readonly CustomerResponseKind[] = CUSTOMER_RESPONSE_KINDS_BY_ACTION_TYPE[type];
  return accepted.includes(kind);
}

/** Whether any response at all can reach an action of this type. */
export function receivesCustomerResponses(type: ActionType): boolean {
  return CUSTOMER_RESPONSE_KINDS_BY_ACTION_TYPE[type].length > 0;
}
