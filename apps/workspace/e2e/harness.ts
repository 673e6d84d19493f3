/**
 * The e2e stack: the real API (demo seed, in-process worker) on a fresh embedded database in a temporary directory,
 * the built workspace as a child process pointed at it, and Debian's Chromium driven by playwright-core. Every
 * server listens on a port the OS picks, so suites never clash with anything else on the machine.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@trellis/api-server/config";
import { createLogger } from "@trellis/api-server/logger";
import { type RunningServer, startServer } from "@trellis/api-server/server";
import { createTrellisClient, type TrellisClient } from "@trellis/client";
import { type Browser, chromium, type Page } from "playwright-core";
import {
  type BuiltWorkspaceServer,
  ensureWorkspaceBuilt,
  startBuiltWorkspace,
  workspaceDir,
} from "../start/built-workspace-server.js";
import { freePort } from "../start/free-port.js";

/** The demo admin the seed creates. */
export const DEMO_ADMIN = { email: "dana@northwind.test", password: "trellis-demo" } as const;

const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const SCREENSHOT_DIR = join(workspaceDir, "test-results", "screenshots");

export interface E2eStack {
  readonly apiUrl: string;
  readonly workspaceUrl: string;
  readonly browser: Browser;
  /** A new browser context (its own cookies), signed in as the demo admin through the sign-in page. */
  signedInPage(): Promise<Page>;
  /** A typed API client signed in as the demo admin (its own session), for arranging data. */
  apiClient(): Promise<TrellisClient>;
  /** Closes the browser, the workspace, the API and deletes the database. */
  close(): Promise<void>;
}

/**
 * Starts the whole stack. Call once per test file (beforeAll) and `close()` it afterwards.
 *
 * @example
 * const stack = await startE2eStack();
 * const page = await stack.signedInPage();
 */
export async function startE2eStack(): Promise<E2eStack> {
  ensureWorkspaceBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), "trellis-e2e-"));
  let api: RunningServer | null = null;
  let workspace: BuiltWorkspaceServer | null = null;
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close();
    await workspace?.stop();
    await api?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      TRELLIS_DATA_DIR: dataDir,
      TRELLIS_SEED: "demo",
      WORKER: "in-process",
      LOG_LEVEL: "error",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
    });
    api = await startServer(config, createLogger(config.LOG_LEVEL));
    workspace = await startBuiltWorkspace({
      apiUrl: api.url,
      host: "127.0.0.1",
      port: await freePort("127.0.0.1"),
      output: "pipe",
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const apiUrl = api.url;
    const workspaceUrl = workspace.url;
    const openBrowser = browser;
    return {
      apiUrl,
      workspaceUrl,
      browser: openBrowser,
      signedInPage: async () => {
        const context = await openBrowser.newContext({
          baseURL: workspaceUrl,
          viewport: { width: 1440, height: 900 },
        });
        context.setDefaultTimeout(20_000);
        const page = await context.newPage();
        await signIn(page);
        return page;
      },
      apiClient: () => signedInClient(apiUrl),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs in through the workspace's sign-in page and waits for the workspace shell. */
export async function signIn(page: Page): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_ADMIN.email);
  await page.getByLabel("Password").fill(DEMO_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** A client with its own session of the demo admin, straight against the API (as a script would use it). */
async function signedInClient(apiUrl: string): Promise<TrellisClient> {
  const response = await fetch(`${apiUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(apiUrl).origin },
    body: JSON.stringify(DEMO_ADMIN),
  });
  if (!response.ok)
    throw new Error(`signing in to the API failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  return createTrellisClient({ url: apiUrl, headers: { cookie } });
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png (a CI artifact). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
