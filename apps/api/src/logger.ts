/** Structured JSON logs (pino) on stdout; one line per event, ready for any log shipper. */
import { type Logger, pino } from "pino";
import type { Config } from "./config.js";

/**
 * The root logger; requests and the worker log through children of it.
 *
 * @example
 * const logger = createLogger("info");
 * logger.child({ requestId }).info({ status: 200 }, "request");
 */
export function createLogger(level: Config["LOG_LEVEL"]): Logger {
  return pino({ level, base: { service: "trellis-api" } });
}
