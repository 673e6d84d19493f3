/**
 * HTTP scenarios against the benchmark server process (see server-process.ts): tRPC vs bare Hono for the same
 * database-backed query and for hello-world, then an open-loop load at half the measured maximum.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { DatabaseConfig } from "@trellis/db";
import { type ConstantRateResult, constantRate, maxThroughput, type RequestSpec } from "../load.js";

export interface HttpFigures {
  readonly readyQueue: { readonly trpc: number; readonly bare: number; readonly ratio: number };
  readonly hello: { readonly trpc: number; readonly bare: number; readonly ratio: number };
  readonly load: ConstantRateResult & { readonly ratePerSecond: number };
}

export interface HttpOptions {
  readonly token: string;
  readonly concurrency: number;
  readonly throughputMs: number;
  readonly loadMs: number;
}

async function startServer(config: DatabaseConfig): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(fileURLToPath(new URL("../server-process.ts", import.meta.url)), [], {
    env: { ...process.env, BENCH_SERVER_DATABASE: JSON.stringify(config) },
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`the benchmark server exited with ${code}`)));
  });
  return { url, child };
}

async function ratioOf(trpc: RequestSpec, bare: RequestSpec, options: HttpOptions) {
  // Warm both paths first (JIT, connection pools), then measure them back to back.
  await maxThroughput(trpc, options.concurrency, 1_000);
  await maxThroughput(bare, options.concurrency, 1_000);
  const trpcRate = await maxThroughput(trpc, options.concurrency, options.throughputMs);
  const bareRate = await maxThroughput(bare, options.concurrency, options.throughputMs);
  return { trpc: trpcRate, bare: bareRate, ratio: trpcRate / bareRate };
}

export async function benchHttp(config: DatabaseConfig, options: HttpOptions): Promise<HttpFigures> {
  const { url, child } = await startServer(config);
  try {
    const headers = { authorization: `Bearer ${options.token}` };
    const readyQueue = await ratioOf(
      {
        url: `${url}/trpc/readyQueue.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
        init: { headers },
      },
      { url: `${url}/bench/ready-queue`, init: { headers } },
      options,
    );
    const hello = await ratioOf({ url: `${url}/bench-trpc/hello` }, { url: `${url}/bench/hello` }, options);
    const ratePerSecond = Math.max(1, Math.floor(readyQueue.trpc / 2));
    const load = await constantRate(
      {
        url: `${url}/trpc/readyQueue.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
        init: { headers },
      },
      ratePerSecond,
      options.loadMs,
    );
    return { readyQueue, hello, load: { ...load, ratePerSecond } };
  } finally {
    child.kill("SIGTERM");
  }
}
