/**
 * Everything `pnpm start` runs, as one function: open and migrate the database, seed the demo organization (unless
 * it exists or TRELLIS_SEED=none), serve the HTTP app, and run the worker in-process (unless WORKER=off).
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type DemoLogin, resolveApiToken, seedDemo } from "@trellis/api";
import type { Logger } from "pino";
import { createApp, TRPC_ENDPOINT } from "./app.js";
import { type Auth, createAuth } from "./auth.js";
import { resolveAuthSecret } from "./auth-secret.js";
import type { Config } from "./config.js";
import { startConfiguredWorker } from "./configured-worker.js";
import { openRuntime, type Runtime } from "./runtime.js";

export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 */
  readonly url: string;
  readonly logins: readonly DemoLogin[];
  /** Stops accepting requests, lets the worker finish its tick, closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the API server (and the in-process worker) for a configuration.
 *
 * @example
 * const server = await startServer(loadConfig(process.env), createLogger("info"));
 * console.log(`listening on ${server.url}`);
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const secret = resolveAuthSecret(config.AUTH_SECRET, config.TRELLIS_DATA_DIR);
  if (secret.generatedAt) {
    logger.warn(
      { file: secret.generatedAt },
      "AUTH_SECRET is not set: using a generated secret kept in the data directory (set AUTH_SECRET in production)",
    );
  }
  const runtime = await openRuntime(config);
  try {
    const baseURL = config.PUBLIC_URL ?? (config.PORT ? `http://${config.HOST}:${config.PORT}` : undefined);
    const auth = createAuth({ db: runtime.deps.db, secret: secret.secret, baseURL, logger });
    const logins = config.TRELLIS_SEED === "demo" ? await seedDemoWithLogins(runtime, auth, logger) : [];
    const app = createApp({ app: runtime.deps, auth, logger, resolveApiToken });
    const server = await listen(app.fetch, config);
    const address = server.address() as AddressInfo;
    const url = `http://${displayHost(config.HOST)}:${address.port}`;
    const worker =
      config.WORKER === "in-process"
        ? startConfiguredWorker(config, runtime.deps, logger.child({ component: "worker" }))
        : null;
    logger.info({ url, trpc: `${url}${TRPC_ENDPOINT}`, worker: config.WORKER }, "Trellis API started");
    return {
      url,
      logins,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await worker?.stop();
        await runtime.close();
      },
    };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

async function seedDemoWithLogins(
  runtime: Runtime,
  auth: Auth,
  logger: Logger,
): Promise<readonly DemoLogin[]> {
  const seeded = await seedDemo(runtime.deps, {
    registerLogin: async (login) => {
      await auth.api.signUpEmail({
        body: { name: login.name, email: login.email, password: login.password },
      });
    },
  });
  if (seeded.created) logger.info({ organizationId: seeded.organizationId }, "seeded the demo organization");
  return seeded.logins;
}

function listen(fetch: Parameters<typeof serve>[0]["fetch"], config: Config) {
  return new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve({ fetch, port: config.PORT, hostname: config.HOST }, () => resolve(server));
    server.once("error", reject);
  });
}

/** Where a browser on this machine reaches a server bound to all interfaces. */
function displayHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
