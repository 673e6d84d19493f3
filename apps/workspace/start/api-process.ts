/**
 * The API server as `pnpm --filter @trellis/api-server start` runs it (its own process, its working directory, so
 * its data stays in apps/api/.data), with its output passed through and its URL read from its start banner.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

export interface ApiProcess {
  /** e.g. http://127.0.0.1:3000 */
  readonly url: string;
  readonly child: ChildProcess;
}

/**
 * Starts the API (environment inherited) and resolves with its URL once it prints "API <url>"; rejects if it exits
 * first (its own message is already on stderr).
 *
 * @example
 * const api = await startApiProcess(); // api.url === "http://127.0.0.1:3000"
 */
export function startApiProcess(): Promise<ApiProcess> {
  const startScript = fileURLToPath(import.meta.resolve("@trellis/api-server/start"));
  const child = spawn(process.execPath, ["--import", "tsx", startScript], {
    cwd: dirname(dirname(startScript)),
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let banner = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      banner += chunk.toString();
      const url = /^\s+API\s+(http:\/\/\S+)/m.exec(banner)?.[1];
      if (url) resolve({ url, child });
    });
    child.once("exit", (code, signal) =>
      reject(new Error(`the API server exited (${code ?? signal}) before it was ready`)),
    );
  });
}
