/**
 * The extension point for drafting: anything that turns a draft request into typed content. Platform engineers can
 * plug in their own provider; Trellis ships an offline one (the default) and an OpenAI one.
 */
import type { ActionType } from "@trellis/domain";
import type { DraftRequestOf } from "./draft-request.js";
import type { DraftResult } from "./draft-result.js";

export interface DraftOptions {
  /** Cancels the draft (queued or in flight); the result is then a `timeout` failure. */
  readonly signal?: AbortSignal;
}

/**
 * Writes drafts. Implementations validate their output against the domain schema of the action's type and report
 * every expected failure as a `DraftResult` value rather than by throwing.
 *
 * @example
 * const result = await provider.draft(request);
 * if (result.ok) saveDraft(result.content, result.provider, result.model);
 * else recordDraftFailure(result.error.message, result.error.retryable);
 */
export interface DraftingProvider {
  /** Short name recorded in history, e.g. "offline" or "openai". */
  readonly name: string;
  draft<T extends ActionType>(request: DraftRequestOf<T>, options?: DraftOptions): Promise<DraftResult<T>>;
}
