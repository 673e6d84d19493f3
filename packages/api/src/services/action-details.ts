/**
 * One action as the workspace's action page shows it: the action, its current draft and what the linter finds in
 * it, its internal notes, its history, and exactly the events the agent may send now (the buttons to show).
 */
import {
  getAction,
  getDraft,
  listHistory,
  listNotes,
  type NoteWithAuthor,
  type TenantScope,
  toAction,
  toDraft,
} from "@trellis/db";
import type {
  Action,
  ActionId,
  DomainError,
  Draft,
  DraftId,
  DraftProblem,
  HistoryEntry,
} from "@trellis/domain";
import type { VariablePreview } from "@trellis/drafting";
import { type ActionEventType, allowedEvents, draftBlocker } from "@trellis/lifecycle";
import { notFound } from "../domain-failure.js";
import { loadActionContext } from "./action-context.js";
import { actionVariables } from "./action-variables.js";
import { type CustomerResponseDetails, loadCustomerResponse } from "./customer-response.js";
import { draftReadiness } from "./draft-readiness.js";

export interface ActionDetails {
  readonly action: Action;
  readonly account: { readonly id: string; readonly name: string };
  readonly milestone: { readonly id: string; readonly name: string };
  /** The current draft; null before the first draft (or after a failed one, see `action.draftFailure`). */
  readonly draft: Draft | null;
  /** Why the last draft attempt failed, while no newer draft replaced it. */
  readonly draftFailureReason: string | null;
  /** The linter's findings on the current draft, plus variables that have no value for this account. */
  readonly draftProblems: DraftProblem[];
  /** Why Execute would be refused because of the draft (missing, or blocking problems); null when it would not. */
  readonly executeBlocker: DomainError | null;
  /**
   * Every variable a draft may use (and any other its draft uses), with the value it would be replaced by if the
   * action were sent now; null when it has none.
   */
  readonly variables: VariablePreview[];
  /** The events the calling agent may send in the action's state, in lifecycle order. */
  readonly allowedEvents: ActionEventType[];
  /** Oldest first. */
  readonly notes: NoteWithAuthor[];
  /** Oldest first (newest last). */
  readonly history: HistoryEntry[];
  /** What the contact sent back from the portal (form answers, uploads, booked slot); null when nothing yet. */
  readonly customerResponse: CustomerResponseDetails | null;
}

/**
 * Loads everything the action page needs in the caller's tenant transaction; `NOT_FOUND` for an action of another
 * organization.
 *
 * @example
 * const details = await withTenant(db, organizationId, (scope) => getActionDetails(scope, actionId));
 * details.allowedEvents; // ["regenerate", "edit", "execute", "skip", "reschedule"]
 */
export async function getActionDetails(scope: TenantScope, actionId: ActionId): Promise<ActionDetails> {
  const row = await getAction(scope, actionId);
  if (!row) throw notFound("The action");
  const [context, draftRow, notes, history, customerResponse] = await Promise.all([
    loadActionContext(scope, row),
    row.current_draft_id ? getDraft(scope, row.current_draft_id as DraftId) : Promise.resolve(undefined),
    listNotes(scope, actionId),
    listHistory(scope, actionId),
    loadCustomerResponse(scope, row),
  ]);
  const action = toAction(row);
  const readiness = draftReadiness(context, { dueAt: action.dueAt });
  const blocker = draftBlocker({ hasDraft: draftRow !== undefined, draftProblems: readiness.problems });
  return {
    action,
    account: { id: context.account.id, name: context.account.name },
    milestone: { id: context.milestone.id, name: context.milestone.name },
    draft: draftRow ? toDraft(draftRow) : null,
    draftFailureReason: action.draftFailure?.reason ?? null,
    draftProblems: readiness.problems,
    executeBlocker: blocker ? { code: blocker.code, message: blocker.message } : null,
    variables: actionVariables(context, { dueAt: action.dueAt }),
    allowedEvents: allowedEvents(row.state, "agent", row.type),
    notes,
    history,
    customerResponse,
  };
}
