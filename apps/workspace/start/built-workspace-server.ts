/**
 * The built workspace served by `react-router-serve` as a child process: what `pnpm start` runs next to the API,
 * and what the e2e suites and the bench drive.
 */
import { fileURLToPath } from "node:url";
import {
  type BuiltAppServer,
  ensureAppBuilt,
  type ReactRouterApp,
  startBuiltApp,
} from "./built-react-router-app.js";

/** apps/workspace */
export const workspaceDir = fileURLToPath(new URL("..", import.meta.url));

const WORKSPACE: ReactRouterApp = { name: "workspace", dir: workspaceDir, readyPath: "/sign-in" };

export interface BuiltWorkspaceOptions {
  /** The API the workspace calls (its TRELLIS_API_URL). */
  readonly apiUrl: string;
  readonly host: string;
  readonly port: number;
  /** "inherit" shows the server's request log (for `pnpm start`); "pipe" keeps it for error messages. */
  readonly output: "inherit" | "pipe";
}

export type BuiltWorkspaceServer = BuiltAppServer;

/** Builds the workspace when `dist/` is missing (`pnpm test:all` and `pnpm start` build it through turbo first). */
export function ensureWorkspaceBuilt(): void {
  ensureAppBuilt(WORKSPACE);
}

/**
 * Starts the built workspace and resolves once it answers HTTP. Throws when `dist/` is missing (run
 * `pnpm --filter @trellis/workspace build`) or the process exits before it listens.
 *
 * @example
 * const workspace = await startBuiltWorkspace({ apiUrl: api.url, host: "127.0.0.1", port: 5173, output: "inherit" });
 * await workspace.stop();
 */
export function startBuiltWorkspace(options: BuiltWorkspaceOptions): Promise<BuiltWorkspaceServer> {
  const { apiUrl, ...placement } = options;
  return startBuiltApp(WORKSPACE, { ...placement, env: { TRELLIS_API_URL: apiUrl } });
}
