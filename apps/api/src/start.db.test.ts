import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs `start.ts` as `pnpm start` does, with the given environment on top of a clean one. Node runs it with tsx as
 * a loader (not the tsx CLI, which wraps it in a second process), so the test signals the server itself.
 */
function startProcess(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "src/start.ts"], {
    cwd: appDir,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

function waitFor<T>(check: () => T | undefined, timeoutMs: number, describeState: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = check();
      if (found !== undefined) {
        clearInterval(poll);
        resolve(found);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`timed out; output so far:\n${describeState()}`));
      }
    }, 50);
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("start.ts", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "trellis-start-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("boots on an empty data directory, seeds the demo, serves /health and stops on SIGTERM", async () => {
    const { child, output } = startProcess({ PORT: "0", TRELLIS_DATA_DIR: dataDir, LOG_LEVEL: "warn" });
    try {
      const url = await waitFor(() => /API\s+(http:\/\/\S+)/.exec(output())?.[1], 60_000, output);
      expect(output()).toMatch(/Sign in\s+dana@northwind\.test \/ trellis-demo \(admin\)/);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });
      child.kill("SIGTERM");
      expect(await exitOf(child)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 90_000);

  it("refuses a bad configuration with a message naming the variable", async () => {
    const { child, output } = startProcess({ PORT: "not-a-port", TRELLIS_DATA_DIR: dataDir });
    expect(await exitOf(child)).toBe(1);
    expect(output()).toContain("Invalid configuration");
    expect(output()).toContain("PORT");
  }, 30_000);
});
