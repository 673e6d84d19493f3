/**
 * The sign-in link rate limit as a pure decision: at most `max` requests per address in a sliding window. The
 * database records the requests (portal-link-requests queries); this decides on their times.
 */

export interface LinkRequestLimit {
  readonly max: number;
  readonly windowMs: number;
}

/** At most 3 sign-in link requests per address per 15 minutes. */
export const SIGN_IN_LINK_LIMIT: LinkRequestLimit = { max: 3, windowMs: 15 * 60 * 1000 };

export type LinkRequestDecision =
  | { readonly record: true }
  /** Refused: the next request is allowed once the oldest in the window leaves it, in `retryInMinutes`. */
  | { readonly record: false; readonly retryInMinutes: number };

/**
 * Decides on a request at `now`, given the times of the address's earlier requests (any order; those outside the
 * window are ignored).
 *
 * @example
 * linkRequestDecision([t0, t0 + 1min, t0 + 2min], t0 + 3min); // { record: false, retryInMinutes: 12 }
 */
export function linkRequestDecision(
  requestTimes: readonly Date[],
  now: Date,
  limit: LinkRequestLimit = SIGN_IN_LINK_LIMIT,
): LinkRequestDecision {
  const windowStart = now.getTime() - limit.windowMs;
  const inWindow = requestTimes
    .map((time) => time.getTime())
    .filter((time) => time > windowStart && time <= now.getTime())
    .sort((a, b) => a - b);
  if (inWindow.length < limit.max) return { record: true };
  // The request that must leave the window before another is allowed.
  const blocking = inWindow[inWindow.length - limit.max] ?? now.getTime();
  const waitMs = blocking + limit.windowMs - now.getTime();
  return { record: false, retryInMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
}

/** The message for a refused request. */
export function tooManyLinkRequestsMessage(retryInMinutes: number): string {
  const minutes = retryInMinutes === 1 ? "1 minute" : `${retryInMinutes} minutes`;
  return `Too many sign-in links were requested for this address. Try again in ${minutes}.`;
}
