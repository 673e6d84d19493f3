/** The contact's requests split for the home page: what still waits for them first, then what is done. */

export interface RequestSummaryLike {
  readonly state: "executed" | "completed";
  readonly dueAt: Date | null;
  readonly executedAt: Date | null;
}

export interface RequestGroups<T> {
  /** Waiting for the contact, soonest due first (undated last), then newest. */
  readonly open: T[];
  /** Completed, in the API's order (newest first). */
  readonly done: T[];
}

/**
 * Splits requests into open and done ones.
 *
 * @example
 * groupRequests(overview.requests).open[0]; // the open request due soonest
 */
export function groupRequests<T extends RequestSummaryLike>(requests: readonly T[]): RequestGroups<T> {
  const open = requests.filter((request) => request.state === "executed");
  open.sort(
    (a, b) =>
      (a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) ||
      (b.executedAt?.getTime() ?? 0) - (a.executedAt?.getTime() ?? 0),
  );
  return { open, done: requests.filter((request) => request.state === "completed") };
}

/** What each request type is called in the portal. */
export const REQUEST_TYPE_LABELS = {
  form: "Form",
  document: "Documents",
  meeting: "Meeting",
} as const satisfies Record<"form" | "document" | "meeting", string>;

/** The state as the contact reads it. */
export function requestStateLabel(state: RequestSummaryLike["state"]): string {
  return state === "executed" ? "Waiting for you" : "Done";
}
