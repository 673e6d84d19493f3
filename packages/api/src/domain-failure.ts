import type { DomainError, DomainErrorCode } from "@trellis/domain";

/**
 * A domain error thrown across the service layer (the core returns errors as values; services throw this so a
 * transaction rolls back), turned into a transport error with the same code and message at the tRPC edge.
 */
export class DomainFailure extends Error {
  readonly code: DomainErrorCode;
  readonly details: unknown;

  constructor(error: DomainError, details?: unknown) {
    super(error.message);
    this.name = "DomainFailure";
    this.code = error.code;
    this.details = details ?? error;
  }
}

export function notFound(what: string): DomainFailure {
  return new DomainFailure({ code: "NOT_FOUND", message: `${what} was not found` });
}
