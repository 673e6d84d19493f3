/**
 * The Implementation tab rendered on the server for an account with 500 actions: the real API (PGlite, no worker)
 * and the built workspace as `pnpm start` runs them, an agent's session, and the full HTML of the account page
 * timed over sequential GETs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@trellis/api-server/config";
import { createLogger } from "@trellis/api-server/logger";
import { startServer } from "@trellis/api-server/server";
import { openDatabase } from "@trellis/db";
import { ensureWorkspaceBuilt, startBuiltWorkspace } from "@trellis/workspace/start/built-workspace-server";
import { freePort } from "@trellis/workspace/start/free-port";
import { generateDataset } from "../dataset.js";
import { type LatencySummary, measure } from "../stats.js";

export interface ImplementationSsrFigures {
  readonly actions: number;
  readonly latency: LatencySummary;
  /** Size of one rendered page. */
  readonly htmlBytes: number;
}

const BENCH_PASSWORD = "bench-password-1";

/** Signs the dataset's agent up (it is invited by its agents row) and returns its session cookie. */
async function sessionCookie(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(apiUrl).origin },
    body: JSON.stringify({ name: "Bench Agent", email: "bench@bench.test", password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`bench sign-up failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
}

/**
 * Measures GET /accounts/<id> (server render, whole body read) `iterations` times after a warm-up, on a fresh
 * PGlite database holding one account with `actions` actions.
 */
export async function benchImplementationSsr(
  actions: number,
  iterations: number,
): Promise<ImplementationSsrFigures> {
  ensureWorkspaceBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), "trellis-bench-ssr-"));
  try {
    const database = await openDatabase({ kind: "pglite", dataDir: join(dataDir, "pglite") });
    try {
      await generateDataset(database.db, { accounts: 1, actionsPerAccount: actions }, new Date());
    } finally {
      await database.close();
    }
    const config = loadConfig({
      PORT: "0",
      TRELLIS_DATA_DIR: dataDir,
      TRELLIS_SEED: "none",
      WORKER: "off",
      LOG_LEVEL: "error",
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    });
    const api = await startServer(config, createLogger(config.LOG_LEVEL));
    try {
      const workspace = await startBuiltWorkspace({
        apiUrl: api.url,
        host: "127.0.0.1",
        port: await freePort("127.0.0.1"),
        output: "pipe",
      });
      try {
        const cookie = await sessionCookie(api.url);
        const accounts = await fetch(`${workspace.url}/accounts`, { headers: { cookie } });
        const accountPath = /href="(\/accounts\/[^"/?]+)"/.exec(await accounts.text())?.[1];
        if (!accountPath) throw new Error("the accounts page lists no account");
        let htmlBytes = 0;
        const lastAction = `Action ${actions}`;
        const latency = await measure(
          async () => {
            const response = await fetch(`${workspace.url}${accountPath}`, { headers: { cookie } });
            const html = await response.text();
            if (response.status !== 200 || !html.includes(lastAction)) {
              throw new Error(`the account page did not render its actions (status ${response.status})`);
            }
            htmlBytes = html.length;
          },
          iterations,
          5,
        );
        return { actions, latency, htmlBytes };
      } finally {
        await workspace.stop();
      }
    } finally {
      await api.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
