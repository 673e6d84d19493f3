/**
 * HTTP load on loopback only: a closed loop to find the maximum rate, and an open loop at a constant arrival
 * rate (requests start on schedule whether or not earlier ones finished, so a slow server cannot hide its
 * queueing: latency counts from the scheduled start).
 */
import { type LatencySummary, summarize } from "./stats.js";

export interface RequestSpec {
  readonly url: string;
  readonly init?: RequestInit;
}

async function send(spec: RequestSpec): Promise<boolean> {
  const response = await fetch(spec.url, spec.init);
  await response.arrayBuffer();
  return response.ok;
}

/** Requests per second with `concurrency` requests in flight for `durationMs`. */
export async function maxThroughput(
  spec: RequestSpec,
  concurrency: number,
  durationMs: number,
): Promise<number> {
  const end = performance.now() + durationMs;
  let completed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await send(spec);
        completed++;
      }
    }),
  );
  return completed / (durationMs / 1000);
}

export interface ConstantRateResult {
  readonly latency: LatencySummary;
  readonly requests: number;
  readonly errors: number;
  readonly errorRate: number;
}

export async function constantRate(
  spec: RequestSpec,
  ratePerSecond: number,
  durationMs: number,
): Promise<ConstantRateResult> {
  const total = Math.floor((ratePerSecond * durationMs) / 1000);
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  const latencies: number[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = start + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      send(spec).then(
        (ok) => {
          if (!ok) errors++;
          latencies.push(performance.now() - scheduled);
        },
        () => {
          errors++;
          latencies.push(performance.now() - scheduled);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return { latency: summarize(latencies), requests: total, errors, errorRate: errors / Math.max(1, total) };
}
