/**
 * A contact submits a form from the portal: the answers are checked against the form's fields as executed, stored,
 * and the action completes (the agent is notified, the history names the contact), all in one transaction.
 */
import { getFormSubmission, insertFormSubmission, type TenantScope } from "@trellis/db";
import { type ActionId, type FormAnswers, formAnswersSchemaFor } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { DomainFailure } from "../domain-failure.js";
import type { ContactCaller } from "../trpc.js";
import { applyActionEvent } from "./apply-action-event.js";
import { contactActor } from "./contact-actor.js";
import { loadPortalAction } from "./portal-action.js";

/**
 * Stores the contact's answers and completes the form action. Throws the `ZodError` of the form's answer schema
 * (issues at each field's key) when answers are invalid, CONFLICT when the form was already submitted.
 *
 * @example
 * await ctx.tenant((scope) => submitPortalForm(deps, scope, ctx.contact, { actionId, answers: { team_size: 12 } }));
 */
export async function submitPortalForm(
  deps: Pick<AppDeps, "clock" | "mail">,
  scope: TenantScope,
  contact: ContactCaller,
  input: { actionId: ActionId; answers: FormAnswers },
): Promise<{ completed: boolean }> {
  const { row, content } = await loadPortalAction(scope, contact, input.actionId, {
    expected: "form",
    forUpdate: true,
  });
  if (row.state !== "executed" || (await getFormSubmission(scope, input.actionId))) {
    throw new DomainFailure({ code: "CONFLICT", message: "This form was already submitted." });
  }
  const answers = formAnswersSchemaFor(content.fields).parse(input.answers);
  await insertFormSubmission(scope, {
    actionId: input.actionId,
    contactId: contact.contactId,
    answers,
    at: deps.clock.now(),
  });
  const applied = await applyActionEvent(
    deps,
    scope,
    input.actionId,
    { type: "customer_responded", response: { kind: "form_submitted" } },
    contactActor(contact),
  );
  return { completed: applied.action.state === "completed" };
}
