/**
 * Maps what the OpenAI SDK throws to a typed draft failure. By the time an error arrives here the SDK has already
 * retried it as configured, so this only classifies: it never retries.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
  OpenAIError,
  PermissionDeniedError,
  RateLimitError,
} from "openai/error";
import { z } from "zod";
import type { DraftErrorCode } from "./draft-result.js";

export interface ClassifiedError {
  readonly code: DraftErrorCode;
  readonly message: string;
}

/**
 * Classifies an error thrown while drafting, or returns null for errors that are not an expected failure (a bug),
 * which the caller rethrows.
 */
export function classifyOpenAIError(error: unknown): ClassifiedError | null {
  if (error instanceof APIUserAbortError) return { code: "timeout", message: "the draft was cancelled" };
  if (error instanceof APIConnectionTimeoutError) {
    return { code: "timeout", message: "the model did not answer in time" };
  }
  if (error instanceof APIConnectionError) {
    return { code: "network", message: `could not reach the model server: ${error.message}` };
  }
  if (error instanceof RateLimitError) {
    return { code: "rate_limited", message: `the model server is rate limiting requests (${error.message})` };
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return { code: "configuration", message: `the API key was refused (${error.message})` };
  }
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    if (status === 408) return { code: "timeout", message: `the model server timed out (${error.message})` };
    if (status >= 500 || status === 409) {
      return { code: "server_error", message: `the model server failed (${error.message})` };
    }
    return { code: "configuration", message: `the model server rejected the request (${error.message})` };
  }
  if (error instanceof LengthFinishReasonError) {
    return { code: "invalid_output", message: "the model's answer was cut off before it was complete" };
  }
  if (error instanceof ContentFilterFinishReasonError) {
    return { code: "refused", message: "the model's content filter stopped the draft" };
  }
  if (error instanceof SyntaxError) {
    return { code: "invalid_output", message: `the model's answer is not valid JSON (${error.message})` };
  }
  if (error instanceof z.ZodError) {
    const issues = error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    return {
      code: "invalid_output",
      message: `the model's answer has the wrong shape (${issues.join("; ")})`,
    };
  }
  if (error instanceof OpenAIError) return { code: "configuration", message: error.message };
  return null;
}
