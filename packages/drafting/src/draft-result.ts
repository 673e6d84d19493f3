/**
 * The outcome of a draft as a value. Providers never throw for an expected failure (rate limits, outages, bad model
 * output): the caller records the failure on the action ("draft failed" with a retry) instead of losing it.
 */
import type { ActionContent, ActionType, ContentOf } from "@trellis/domain";

export const DRAFT_ERROR_CODES = [
  "rate_limited",
  "server_error",
  "timeout",
  "invalid_output",
  "refused",
  "network",
  "configuration",
] as const;
export type DraftErrorCode = (typeof DRAFT_ERROR_CODES)[number];

/** Why a draft failed. `retryable` says whether trying again later may succeed (a worker or the agent's retry). */
export interface DraftError {
  readonly code: DraftErrorCode;
  readonly message: string;
  readonly retryable: boolean;
}

export interface DraftSuccess<T extends ActionType = ActionType> {
  readonly ok: true;
  readonly content: ContentOf<T>;
  /** The provider's name, recorded in the action's history. */
  readonly provider: string;
  /** The model that wrote the draft, or null for providers without one (offline). */
  readonly model: string | null;
}

export interface DraftFailed {
  readonly ok: false;
  readonly error: DraftError;
  readonly provider: string;
}

export type DraftResult<T extends ActionType = ActionType> = DraftSuccess<T> | DraftFailed;

const RETRYABLE: { readonly [C in DraftErrorCode]: boolean } = {
  rate_limited: true,
  server_error: true,
  timeout: true,
  invalid_output: true,
  refused: false,
  network: true,
  configuration: false,
};

/** Builds a failed result; whether it is retryable follows from the code so every provider agrees. */
export function draftFailed(provider: string, code: DraftErrorCode, message: string): DraftFailed {
  return { ok: false, provider, error: { code, message, retryable: RETRYABLE[code] } };
}

/**
 * Narrows validated content to the requested type. Validation already proved `content.type === type`; this is the
 * one place the generic type parameter is re-attached, so the cast lives here and nowhere else.
 */
export function contentOfType<T extends ActionType>(type: T, content: ActionContent): ContentOf<T> | null {
  return content.type === type ? (content as ContentOf<T>) : null;
}
