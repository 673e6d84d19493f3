/**
 * `pnpm start`: the API server with the in-process worker on the embedded database, demo data included. Prints
 * where it listens and how to sign in, and shuts down cleanly on SIGINT/SIGTERM.
 */
import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { startServer } from "./server.js";
import { exitOnStartupFailure } from "./startup-failure.js";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const server = await startServer(config, logger);
  const lines = [
    "",
    "Trellis is running",
    `  API     ${server.url}`,
    `  Health  ${server.url}/health`,
    `  tRPC    ${server.url}/trpc`,
    `  Auth    ${server.url}/api/auth`,
    `  Worker  ${config.WORKER}`,
    ...server.logins.map(
      (login, index) =>
        `${index === 0 ? "  Sign in " : "          "}${login.email} / ${login.password} (${login.role})`,
    ),
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch(exitOnStartupFailure);
