/**
 * `pnpm start`: the API (with its worker and demo data) and the built workspace next to it. Prints where both
 * listen and how to sign in; Ctrl-C (SIGINT) or SIGTERM stops both. WORKSPACE_PORT (default 5173) and HOST
 * (default 127.0.0.1) place the workspace; the API reads its own variables (PORT, TRELLIS_DATA_DIR, …).
 */
import { DEMO_LOGINS } from "@trellis/api";
import { type ApiProcess, startApiProcess } from "./api-process.js";
import { type BuiltWorkspaceServer, startBuiltWorkspace } from "./built-workspace-server.js";

const DEFAULT_WORKSPACE_PORT = 5173;

function workspacePort(): number {
  const raw = process.env.WORKSPACE_PORT;
  const port = raw ? Number(raw) : DEFAULT_WORKSPACE_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`WORKSPACE_PORT must be a port number (1–65535), got "${raw}"`);
  }
  return port;
}

function exited(child: ApiProcess["child"]): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function main(): Promise<void> {
  const port = workspacePort();
  const api = await startApiProcess();
  let workspace: BuiltWorkspaceServer;
  try {
    workspace = await startBuiltWorkspace({
      apiUrl: api.url,
      host: process.env.HOST || "127.0.0.1",
      port,
      output: "inherit",
    });
  } catch (error) {
    api.child.kill("SIGTERM");
    await exited(api.child);
    throw error;
  }
  const admin = DEMO_LOGINS[0];
  const signIn =
    process.env.TRELLIS_SEED !== "none" && admin ? `  (sign in as ${admin.email} / ${admin.password})` : "";
  process.stdout.write(`\n  Workspace ${workspace.url}${signIn}\n  Ctrl-C stops both.\n\n`);

  // Ctrl-C in a terminal signals the whole process group; the workspace gets the same signal again (a stateless
  // server may die of the second one), the API a SIGTERM, which its own shutdown treats as the same request.
  let stopping = false;
  const stop = async (code: number, signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    api.child.kill("SIGTERM");
    await Promise.all([workspace.stop(signal), exited(api.child)]);
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(0, "SIGINT"));
  process.once("SIGTERM", () => void stop(0, "SIGTERM"));
  // One of them ending on its own ends both.
  api.child.once("exit", () => void stop(1, "SIGTERM"));
  workspace.child.once("exit", () => void stop(1, "SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
