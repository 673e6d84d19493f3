/**
 * The portal's e2e stack: the real API (demo seed, in-process worker) on a fresh embedded database in a temporary
 * directory, the built workspace and the built portal as child processes pointed at it, and Debian's Chromium
 * driven by playwright-core. Every server listens on a port the OS picks.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_LOGINS } from "@trellis/api";
import { loadConfig } from "@trellis/api-server/config";
import { createLogger } from "@trellis/api-server/logger";
import { type RunningServer, startServer } from "@trellis/api-server/server";
import type { TrellisClient } from "@trellis/client";
import {
  type BuiltWorkspaceServer,
  ensureWorkspaceBuilt,
  startBuiltWorkspace,
} from "@trellis/workspace/start/built-workspace-server";
import { freePort } from "@trellis/workspace/start/free-port";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { signedInAgentClient } from "../start/agent-client.js";
import {
  type BuiltPortalServer,
  ensurePortalBuilt,
  portalDir,
  portalUrlFor,
  startBuiltPortal,
} from "../start/built-portal-server.js";

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
const SCREENSHOT_DIR = join(portalDir, "test-results", "screenshots");

export interface PortalE2eStack {
  readonly apiUrl: string;
  readonly workspaceUrl: string;
  readonly portalUrl: string;
  readonly browser: Browser;
  /** A new browser context (its own cookies) on the portal. */
  portalContext(): Promise<BrowserContext>;
  /** A page of the workspace, signed in as a demo agent (default: the admin). */
  workspacePage(login?: { readonly email: string; readonly password: string }): Promise<Page>;
  /** A typed API client signed in as a demo agent (default: the admin), for arranging data and checking results. */
  agentClient(login?: { readonly email: string; readonly password: string }): Promise<TrellisClient>;
  /** Closes the browser, both apps and the API, and deletes the database. */
  close(): Promise<void>;
}

/**
 * Starts the whole stack. Call once per test file (beforeAll) and `close()` it afterwards.
 *
 * @example
 * const stack = await startPortalE2eStack();
 * const agent = await stack.agentClient();
 */
export async function startPortalE2eStack(): Promise<PortalE2eStack> {
  ensureWorkspaceBuilt();
  ensurePortalBuilt();
  const admin = DEMO_LOGINS[0];
  if (!admin) throw new Error("the demo seed has no admin");
  const dataDir = mkdtempSync(join(tmpdir(), "trellis-portal-e2e-"));
  let api: RunningServer | null = null;
  let workspace: BuiltWorkspaceServer | null = null;
  let portal: BuiltPortalServer | null = null;
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close();
    await portal?.stop();
    await workspace?.stop();
    await api?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const portalPort = await freePort("127.0.0.1");
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      TRELLIS_DATA_DIR: dataDir,
      TRELLIS_SEED: "demo",
      WORKER: "in-process",
      LOG_LEVEL: "error",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      PORTAL_URL: portalUrlFor("127.0.0.1", portalPort),
    });
    api = await startServer(config, createLogger(config.LOG_LEVEL));
    const apiUrl = api.url;
    [workspace, portal] = await Promise.all([
      startBuiltWorkspace({ apiUrl, host: "127.0.0.1", port: await freePort("127.0.0.1"), output: "pipe" }),
      startBuiltPortal({ apiUrl, host: "127.0.0.1", port: portalPort, output: "pipe" }),
    ]);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const openBrowser = browser;
    const workspaceUrl = workspace.url;
    const portalUrl = portal.url;
    const newContext = async (baseURL: string) => {
      const context = await openBrowser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(20_000);
      return context;
    };
    return {
      apiUrl,
      workspaceUrl,
      portalUrl,
      browser: openBrowser,
      portalContext: () => newContext(portalUrl),
      workspacePage: async (login = admin) => {
        const page = await (await newContext(workspaceUrl)).newPage();
        await page.goto("/sign-in");
        await page.getByLabel("Email").fill(login.email);
        await page.getByLabel("Password").fill(login.password);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.getByRole("button", { name: "Sign out" }).waitFor();
        return page;
      },
      agentClient: (login = admin) => signedInAgentClient(apiUrl, login),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png (a CI artifact). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
