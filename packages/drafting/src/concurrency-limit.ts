/**
 * A small semaphore: at most `max` tasks run at once and the rest wait in arrival order. Drafting a whole playbook
 * fires many drafts together; a limit keeps them from tripping the model provider's rate limits all at once.
 */

export interface ConcurrencyLimit {
  /** Runs `task` once a slot is free. Rejects with the signal's reason if aborted while still queued. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly pending: number;
}

/**
 * Creates a concurrency limit.
 *
 * @example
 * const limit = createConcurrencyLimit(4);
 * const results = await Promise.all(requests.map((r) => limit.run(() => draftOne(r))));
 */
export function createConcurrencyLimit(max: number): ConcurrencyLimit {
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`concurrency limit must be a positive integer, got ${max}`);
  let active = 0;
  const queue: Array<() => void> = [];

  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };

  const acquire = (signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (active < max) {
      active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      // The slot is handed over directly (active stays the same), so nobody can overtake a waiting task.
      const grant = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = queue.indexOf(grant);
        if (index >= 0) queue.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      queue.push(grant);
    });
  };

  return {
    async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
    },
  };
}
