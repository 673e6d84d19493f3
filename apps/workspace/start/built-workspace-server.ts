/**
 * The built workspace (`dist/`, from `react-router build`) served by `react-router-serve` as a child process: what
 * `pnpm start` runs next to the API, and what the e2e suite drives.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { waitForHttp } from "./wait-for-http.js";

/** apps/workspace */
export const workspaceDir = fileURLToPath(new URL("..", import.meta.url));
/** The server build that `react-router build` writes. */
export const serverBuildPath = join(workspaceDir, "dist", "server", "index.js");

export interface BuiltWorkspaceOptions {
  /** The API the workspace calls (its TRELLIS_API_URL). */
  readonly apiUrl: string;
  readonly host: string;
  readonly port: number;
  /** "inherit" shows the server's request log (for `pnpm start`); "pipe" keeps it for error messages. */
  readonly output: "inherit" | "pipe";
}

export interface BuiltWorkspaceServer {
  /** e.g. http://127.0.0.1:5173 */
  readonly url: string;
  readonly child: ChildProcess;
  /** Sends `signal` (default SIGTERM) and resolves when the process has exited (SIGKILL after 5 s). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Builds the workspace when `dist/` is missing (`pnpm test:all` and `pnpm start` build it through turbo first). */
export function ensureWorkspaceBuilt(): void {
  if (existsSync(serverBuildPath)) return;
  const build = spawnSync("pnpm", ["run", "build"], { cwd: workspaceDir, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`building the workspace failed (${build.status ?? build.signal})`);
}

function reactRouterServeBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@react-router/serve/package.json")), "bin.js");
}

/**
 * Starts the built workspace and resolves once it answers HTTP. Throws when `dist/` is missing (run
 * `pnpm --filter @trellis/workspace build`) or the process exits before it listens.
 *
 * @example
 * const workspace = await startBuiltWorkspace({ apiUrl: api.url, host: "127.0.0.1", port: 5173, output: "inherit" });
 * await workspace.stop();
 */
export async function startBuiltWorkspace(options: BuiltWorkspaceOptions): Promise<BuiltWorkspaceServer> {
  if (!existsSync(serverBuildPath)) {
    throw new Error(
      `The workspace is not built (${serverBuildPath} is missing): run pnpm --filter @trellis/workspace build`,
    );
  }
  const child = spawn(process.execPath, [reactRouterServeBin(), serverBuildPath], {
    cwd: workspaceDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: options.host,
      PORT: String(options.port),
      TRELLIS_API_URL: options.apiUrl,
    },
    stdio: ["ignore", options.output, options.output],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${options.port}`;
  try {
    await waitForHttp(`${url}/sign-in`, {
      timeoutMs: 30_000,
      failed: () =>
        child.exitCode !== null || child.signalCode !== null
          ? `the workspace server exited (${child.exitCode ?? child.signalCode}) before listening:\n${output}`
          : null,
    });
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    child,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const killLater = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killLater);
    },
  };
}
