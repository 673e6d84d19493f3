/**
 * `pnpm start`: the API (with its worker and demo data), the built workspace and the built portal. Prints where
 * each listens, how to sign in to the workspace and a demo contact for the portal; Ctrl-C (SIGINT) or SIGTERM
 * stops all three. WORKSPACE_PORT (default 5173), PORTAL_PORT (default 5174) and HOST (default 127.0.0.1) place
 * the apps; the API reads its own variables (PORT, TRELLIS_DATA_DIR, …) and gets PORTAL_URL pointing here.
 */
import type { ChildProcess } from "node:child_process";
import { DEMO_LOGINS } from "@trellis/api";
import { startApiProcess } from "@trellis/workspace/start/api-process";
import {
  type BuiltWorkspaceServer,
  startBuiltWorkspace,
} from "@trellis/workspace/start/built-workspace-server";
import { signedInAgentClient } from "./agent-client.js";
import { type BuiltPortalServer, portalUrlFor, startBuiltPortal } from "./built-portal-server.js";
import { findDemoContact } from "./demo-contact.js";

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = raw ? Number(raw) : fallback;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a port number (1–65535), got "${raw}"`);
  }
  return port;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The demo contact's line of the banner; a failure to look one up only leaves the line out. */
async function demoContactLine(apiUrl: string): Promise<string> {
  const admin = DEMO_LOGINS[0];
  if (process.env.TRELLIS_SEED === "none" || !admin) return "";
  try {
    const agent = await signedInAgentClient(apiUrl, admin);
    const contact = await findDemoContact(agent, ["executed"]);
    return contact
      ? `  (demo contact: ${contact.name} <${contact.email}> of ${contact.accountName};\n` +
          "   the sign-in link arrives in the workspace's Mailbox)"
      : "";
  } catch {
    return "";
  }
}

async function main(): Promise<void> {
  const host = process.env.HOST || "127.0.0.1";
  const workspacePort = portFrom("WORKSPACE_PORT", 5173);
  const portalPort = portFrom("PORTAL_PORT", 5174);
  // The API writes sign-in links to the portal it is told about.
  process.env.PORTAL_URL ||= portalUrlFor(host, portalPort);
  const api = await startApiProcess();
  const started: { workspace?: BuiltWorkspaceServer; portal?: BuiltPortalServer } = {};
  try {
    started.workspace = await startBuiltWorkspace({
      apiUrl: api.url,
      host,
      port: workspacePort,
      output: "inherit",
    });
    started.portal = await startBuiltPortal({ apiUrl: api.url, host, port: portalPort, output: "inherit" });
  } catch (error) {
    await started.workspace?.stop();
    api.child.kill("SIGTERM");
    await exited(api.child);
    throw error;
  }
  const { workspace, portal } = started as Required<typeof started>;
  const admin = DEMO_LOGINS[0];
  const signIn =
    process.env.TRELLIS_SEED !== "none" && admin ? `  (sign in as ${admin.email} / ${admin.password})` : "";
  process.stdout.write(
    `\n  Workspace ${workspace.url}${signIn}\n  Portal    ${portal.url}${await demoContactLine(api.url)}\n` +
      "  Ctrl-C stops all three.\n\n",
  );

  // Ctrl-C in a terminal signals the whole process group; the apps get the same signal again (a stateless server
  // may die of the second one), the API a SIGTERM, which its own shutdown treats as the same request.
  let stopping = false;
  const stop = async (code: number, signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    api.child.kill("SIGTERM");
    await Promise.all([workspace.stop(signal), portal.stop(signal), exited(api.child)]);
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(0, "SIGINT"));
  process.once("SIGTERM", () => void stop(0, "SIGTERM"));
  // One of them ending on its own ends all.
  for (const child of [api.child, workspace.child, portal.child]) {
    child.once("exit", () => void stop(1, "SIGTERM"));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
