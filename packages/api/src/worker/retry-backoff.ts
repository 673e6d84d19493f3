/** How long to wait before retrying a failed delivery or job: exponential backoff with jitter. */

export interface BackoffPolicy {
  /** Delay before the first retry, before jitter. */
  readonly baseMs: number;
  /** Upper bound of any delay. */
  readonly maxMs: number;
}

/**
 * The delay after the `attempt`-th failed attempt (1-based): `baseMs · 2^(attempt-1)`, capped at `maxMs`, of which
 * a random half is kept ("equal jitter"), so workers that failed together do not all retry at the same instant
 * while every retry still waits at least half the exponential delay.
 *
 * @example
 * retryDelayMs(3, { baseMs: 1_000, maxMs: 60_000 }, () => 0.5); // 3_000 (4 s with half of it jittered)
 */
export function retryDelayMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  const half = ceiling / 2;
  return Math.round(half + half * Math.min(1, Math.max(0, random())));
}
