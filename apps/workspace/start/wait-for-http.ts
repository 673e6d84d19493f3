/** Waits until an HTTP server answers, for servers started as child processes. */

/**
 * Polls `url` until it answers with any HTTP status; rejects after `timeoutMs` or as soon as `failed()` names why
 * waiting is pointless (e.g. the server process exited).
 *
 * @example
 * await waitForHttp("http://127.0.0.1:5173/sign-in", { timeoutMs: 30_000, failed: () => exitReason });
 */
export async function waitForHttp(
  url: string,
  options: { readonly timeoutMs: number; readonly failed?: () => string | null },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const failure = options.failed?.();
    if (failure) throw new Error(failure);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${options.timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
