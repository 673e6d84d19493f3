/**
 * The variable values of one action, built once for both the send path (rendering at execution) and the Edit
 * dialog's preview, so what the agent sees is what the customer gets.
 */
import type { Action } from "@trellis/domain";
import {
  listVariables,
  previewVariables,
  type VariablePreview,
  type VariableSources,
} from "@trellis/drafting";
import type { ActionContext } from "./action-context.js";

/**
 * Where an action's variables take their values: its account, primary (first) contact, the account's owner as the
 * signing agent, its milestone and due date, shown in `agentTimeZone` (else the owner's time zone).
 */
export function actionVariableSources(
  context: ActionContext,
  action: Pick<Action, "dueAt">,
  agentTimeZone?: string,
): VariableSources {
  return {
    account: context.account,
    contact: context.contacts[0] ?? null,
    agent: context.owner,
    milestone: context.milestone,
    action,
    ...(agentTimeZone ? { timeZone: agentTimeZone } : {}),
  };
}

/**
 * Every variable a draft of this action may use, plus those its current draft uses, each with the value it would be
 * replaced by if the action were sent now (null when it has none).
 *
 * @example
 * actionVariables(context, { dueAt: null });
 * // [{ name: "contact.first_name", value: "Ana" }, …, { name: "action.due_date", value: null }]
 */
export function actionVariables(context: ActionContext, action: Pick<Action, "dueAt">): VariablePreview[] {
  return previewVariables(
    actionVariableSources(context, action),
    context.content ? listVariables(context.content) : [],
  );
}
