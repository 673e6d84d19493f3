/**
 * A built React Router app (`dist/`, from `react-router build`) served by `react-router-serve` as a child process.
 * The workspace and the portal are both run this way by `pnpm start`, their e2e suites and the bench.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { waitForHttp } from "./wait-for-http.js";

/** Which app, and where it lives. */
export interface ReactRouterApp {
  /** For messages, e.g. "workspace". */
  readonly name: string;
  /** The app's package directory. */
  readonly dir: string;
  /** A path that answers 200 without a session once the server listens, e.g. "/sign-in". */
  readonly readyPath: string;
}

export interface BuiltAppOptions {
  readonly host: string;
  readonly port: number;
  /** "inherit" shows the server's request log (for `pnpm start`); "pipe" keeps it for error messages. */
  readonly output: "inherit" | "pipe";
  /** The app's own environment (e.g. TRELLIS_API_URL), on top of this process's. */
  readonly env: Readonly<Record<string, string>>;
}

export interface BuiltAppServer {
  /** e.g. http://127.0.0.1:5173 */
  readonly url: string;
  readonly child: ChildProcess;
  /** Sends `signal` (default SIGTERM) and resolves when the process has exited (SIGKILL after 5 s). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The server build that `react-router build` writes. */
export function serverBuildPathOf(app: ReactRouterApp): string {
  return join(app.dir, "dist", "server", "index.js");
}

/** The URL of a server on host:port, e.g. http://127.0.0.1:5173 (IPv6 hosts in brackets). */
export function httpUrlFor(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** Builds the app when `dist/` is missing (`pnpm test:all` and `pnpm start` build it through turbo first). */
export function ensureAppBuilt(app: ReactRouterApp): void {
  if (existsSync(serverBuildPathOf(app))) return;
  const build = spawnSync("pnpm", ["run", "build"], { cwd: app.dir, stdio: "inherit" });
  if (build.status !== 0)
    throw new Error(`building the ${app.name} failed (${build.status ?? build.signal})`);
}

function reactRouterServeBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@react-router/serve/package.json")), "bin.js");
}

/**
 * Starts the built app and resolves once it answers HTTP. Throws when `dist/` is missing or the process exits
 * before it listens.
 *
 * @example
 * const server = await startBuiltApp(app, { host: "127.0.0.1", port: 5173, output: "pipe", env: {} });
 * await server.stop();
 */
export async function startBuiltApp(app: ReactRouterApp, options: BuiltAppOptions): Promise<BuiltAppServer> {
  const serverBuildPath = serverBuildPathOf(app);
  if (!existsSync(serverBuildPath)) {
    throw new Error(
      `The ${app.name} is not built (${serverBuildPath} is missing): run pnpm --filter @trellis/${app.name} build`,
    );
  }
  const url = httpUrlFor(options.host, options.port);
  const child = spawn(process.execPath, [reactRouterServeBin(), serverBuildPath], {
    cwd: app.dir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: options.host,
      PORT: String(options.port),
      ...options.env,
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
  try {
    await waitForHttp(`${url}${app.readyPath}`, {
      timeoutMs: 30_000,
      failed: () =>
        child.exitCode !== null || child.signalCode !== null
          ? `the ${app.name} server exited (${child.exitCode ?? child.signalCode}) before listening:\n${output}`
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
