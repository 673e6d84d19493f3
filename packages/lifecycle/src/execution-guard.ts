/**
 * What must hold before an action is executed, besides its state: execution is irreversible, so it needs the
 * agent's explicit confirmation and a draft the linter finds nothing blocking in (warnings do not block).
 */
import { blockingProblems } from "@trellis/domain";
import {
  type ConfirmationRequiredError,
  confirmationRequiredError,
  type DraftIncompleteError,
  type DraftMissingError,
  draftIncompleteError,
  draftMissingError,
} from "./errors.js";
import type { TransitionContext } from "./transition-context.js";

/**
 * Why the current draft cannot be executed, or `null` when it can. Lets the workspace disable Execute with the
 * reason before the agent clicks.
 *
 * @example
 * draftBlocker({ hasDraft: false, draftProblems: [] })?.code; // "DRAFT_MISSING"
 */
export function draftBlocker(
  draft: Pick<TransitionContext, "hasDraft" | "draftProblems">,
): DraftMissingError | DraftIncompleteError | null {
  if (!draft.hasDraft) return draftMissingError();
  const blocking = blockingProblems(draft.draftProblems);
  return blocking.length > 0 ? draftIncompleteError(blocking) : null;
}

/** Why an execute event must be refused, or `null`. Confirmation is checked first: it is the agent's act. */
export function executionBlocker(
  confirmed: boolean,
  draft: Pick<TransitionContext, "hasDraft" | "draftProblems">,
): ConfirmationRequiredError | DraftMissingError | DraftIncompleteError | null {
  if (!confirmed) return confirmationRequiredError();
  return draftBlocker(draft);
}
