import {
  type ActionRow,
  getAccount,
  getAgent,
  getDraft,
  getMilestone,
  listContacts,
  type TenantScope,
  toAccount,
  toAgent,
  toContact,
  toMilestone,
} from "@trellis/db";
import type { Account, ActionContent, Agent, Contact, DraftId, Milestone } from "@trellis/domain";
import { notFound } from "../domain-failure.js";

/** Everything around an action that drafting, linting and variable rendering read. */
export interface ActionContext {
  readonly account: Account;
  readonly contacts: Contact[];
  /** The account's owner, who signs drafts and receives notifications; null when the account has none. */
  readonly owner: Agent | null;
  readonly milestone: Milestone;
  readonly content: ActionContent | null;
}

export async function loadActionContext(scope: TenantScope, action: ActionRow): Promise<ActionContext> {
  const [accountRow, contactRows, milestoneRow, draftRow] = await Promise.all([
    getAccount(scope, action.account_id),
    listContacts(scope, action.account_id),
    getMilestone(scope, action.milestone_id),
    action.current_draft_id
      ? getDraft(scope, action.current_draft_id as DraftId)
      : Promise.resolve(undefined),
  ]);
  if (!accountRow) throw notFound("The action's account");
  if (!milestoneRow) throw notFound("The action's milestone");
  const ownerRow = accountRow.owner_agent_id ? await getAgent(scope, accountRow.owner_agent_id) : undefined;
  return {
    account: toAccount(accountRow),
    contacts: contactRows.map(toContact),
    owner: ownerRow ? toAgent(ownerRow) : null,
    milestone: toMilestone(milestoneRow),
    content: draftRow?.content ?? null,
  };
}
