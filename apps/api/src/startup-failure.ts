import { ConfigError } from "./config.js";

/** Ends a process that could not start: a configuration error as its plain message, anything else with its stack. */
export function exitOnStartupFailure(error: unknown): never {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error;
  process.stderr.write(`${String(message)}\n`);
  process.exit(1);
}
