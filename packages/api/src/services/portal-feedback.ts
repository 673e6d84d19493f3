/**
 * A contact's feedback / NPS from the portal: stored as a `feedback.submitted` account event (the workflows read
 * it later) and announced to the account's owner, in one transaction.
 */
import {
  getAccount,
  getPortalAction,
  getPortalEmail,
  insertAccountEvent,
  insertNotification,
  listContacts,
  type TenantScope,
} from "@trellis/db";
import type { ActionId } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { notFound } from "../domain-failure.js";
import type { ContactCaller } from "../trpc.js";

export const FEEDBACK_SUBMITTED = "feedback.submitted";

const MAX_TITLE_LENGTH = 200;

/** "Ana Silva gave an NPS of 9: Great onboarding", clipped to a notification title's length. */
export function feedbackTitle(name: string, score: number, comment: string | null): string {
  const title = `${name} gave an NPS of ${score}${comment ? `: ${comment}` : ""}`;
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}

/** Whether the action is one the contact was sent (a portal request of theirs, or an email to them). */
async function contactWasSent(
  scope: TenantScope,
  contact: ContactCaller,
  actionId: ActionId,
): Promise<boolean> {
  if (await getPortalAction(scope, contact.accountId, actionId)) return true;
  const email = (await listContacts(scope, contact.accountId)).find(
    (row) => row.id === contact.contactId,
  )?.email;
  return (
    email !== undefined && (await getPortalEmail(scope, contact.accountId, actionId, email)) !== undefined
  );
}

/**
 * Records the contact's feedback and notifies the account's owner. NOT_FOUND when `actionId` names an action the
 * contact was not sent.
 *
 * @example
 * await ctx.tenant((scope) => submitPortalFeedback(deps, scope, ctx.contact, { score: 9, comment: "Great" }));
 */
export async function submitPortalFeedback(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  contact: ContactCaller,
  input: { score: number; comment?: string | undefined; actionId?: ActionId | undefined },
): Promise<{ received: true }> {
  if (input.actionId && !(await contactWasSent(scope, contact, input.actionId)))
    throw notFound("The request");
  const account = await getAccount(scope, contact.accountId);
  if (!account) throw notFound("The account");
  const now = deps.clock.now();
  const comment = input.comment?.trim() || null;
  await insertAccountEvent(scope, {
    accountId: contact.accountId,
    contactId: contact.contactId,
    type: FEEDBACK_SUBMITTED,
    payload: { score: input.score, comment, contactId: contact.contactId, actionId: input.actionId ?? null },
    at: now,
  });
  if (account.owner_agent_id) {
    await insertNotification(scope, {
      recipientAgentId: account.owner_agent_id,
      kind: "customer_responded",
      accountId: contact.accountId,
      actionId: input.actionId ?? null,
      title: feedbackTitle(contact.name, input.score, comment),
      body: comment ?? "",
      at: now,
    });
  }
  return { received: true };
}
