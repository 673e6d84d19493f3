/**
 * The worker as its own process (`pnpm --filter @trellis/api-server worker`), same configuration as the server:
 * the scale-out path, several of them sharing one PostgreSQL. PGlite is one process's database, so this entry
 * needs DATABASE_URL; with PGlite the server's in-process worker does the work.
 */
import { ConfigError, loadConfig } from "./config.js";
import { startConfiguredWorker } from "./configured-worker.js";
import { createLogger } from "./logger.js";
import { openRuntime } from "./runtime.js";
import { exitOnStartupFailure } from "./startup-failure.js";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.DATABASE_URL) {
    throw new ConfigError(
      "The standalone worker needs DATABASE_URL (PostgreSQL): the embedded PGlite database belongs to the API process, whose in-process worker (WORKER=in-process) does the work.",
    );
  }
  const logger = createLogger(config.LOG_LEVEL).child({ component: "worker" });
  const runtime = await openRuntime(config);
  const worker = startConfiguredWorker(config, runtime.deps, logger);
  logger.info({ workerId: worker.id }, "worker started");

  const stop = async (signal: string) => {
    logger.info({ signal }, "worker stopping");
    await worker.stop();
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch(exitOnStartupFailure);
