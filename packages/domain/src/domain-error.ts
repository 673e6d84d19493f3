import { z } from "zod";

/** Codes of the errors the core returns as values; the API maps each to a transport error with its message. */
export const domainErrorCodeSchema = z.enum([
  "INVALID_TRANSITION",
  "DRAFT_MISSING",
  "DRAFT_INCOMPLETE",
  "CONFIRMATION_REQUIRED",
  "VALIDATION_FAILED",
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
]);
export type DomainErrorCode = z.infer<typeof domainErrorCodeSchema>;

export interface DomainError<C extends DomainErrorCode = DomainErrorCode> {
  readonly code: C;
  readonly message: string;
}

/** A result as a value: the core never throws for an expected failure. */
export type Result<T, E extends DomainError = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };
