/**
 * The built portal served by `react-router-serve` as a child process: what `pnpm start` runs next to the API and
 * the workspace, and what the portal's e2e suite drives.
 */
import { fileURLToPath } from "node:url";
import {
  type BuiltAppServer,
  ensureAppBuilt,
  httpUrlFor,
  type ReactRouterApp,
  startBuiltApp,
} from "@trellis/workspace/start/built-react-router-app";

/** apps/portal */
export const portalDir = fileURLToPath(new URL("..", import.meta.url));

const PORTAL: ReactRouterApp = { name: "portal", dir: portalDir, readyPath: "/sign-in" };

export interface BuiltPortalOptions {
  /** The API the portal calls (its TRELLIS_API_URL). */
  readonly apiUrl: string;
  readonly host: string;
  readonly port: number;
  /** "inherit" shows the server's request log (for `pnpm start`); "pipe" keeps it for error messages. */
  readonly output: "inherit" | "pipe";
  /** PORTAL_SECRET (CSRF key); random per process when unset. */
  readonly secret?: string;
}

export type BuiltPortalServer = BuiltAppServer;

/** Builds the portal when `dist/` is missing (`pnpm test:all` and `pnpm start` build it through turbo first). */
export function ensurePortalBuilt(): void {
  ensureAppBuilt(PORTAL);
}

/** The portal's URL on host:port, e.g. http://127.0.0.1:5174 (the API's PORTAL_URL). */
export const portalUrlFor = httpUrlFor;

/**
 * Starts the built portal and resolves once it answers HTTP. Throws when `dist/` is missing (run
 * `pnpm --filter @trellis/portal build`) or the process exits before it listens.
 *
 * @example
 * const portal = await startBuiltPortal({ apiUrl: api.url, host: "127.0.0.1", port: 5174, output: "inherit" });
 * await portal.stop();
 */
export function startBuiltPortal(options: BuiltPortalOptions): Promise<BuiltPortalServer> {
  const { apiUrl, secret, host, port, output } = options;
  return startBuiltApp(PORTAL, {
    host,
    port,
    output,
    env: {
      TRELLIS_API_URL: apiUrl,
      PORTAL_URL: httpUrlFor(host, port),
      ...(secret ? { PORTAL_SECRET: secret } : {}),
    },
  });
}
