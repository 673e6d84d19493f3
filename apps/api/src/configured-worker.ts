/** The worker as the configuration wants it: SMTP or the dev mailbox, Slack's webhook, errors in the logs. */
import { type AppDeps, createDeliverySenders, createWorker, type Worker } from "@trellis/api";
import type { Logger } from "pino";
import type { Config } from "./config.js";

/**
 * Creates and starts a worker for the server's dependencies; `logger` should be the worker's own child logger.
 *
 * @example
 * const worker = startConfiguredWorker(config, runtime.deps, logger.child({ component: "worker" }));
 * await worker.stop();
 */
export function startConfiguredWorker(config: Config, deps: AppDeps, logger: Logger): Worker {
  const worker = createWorker({
    ...deps,
    senders: createDeliverySenders(deps.db, deps.clock, {
      smtpUrl: config.SMTP_URL,
      slackWebhookUrl: config.SLACK_WEBHOOK_URL,
      portalUrl: config.PORTAL_URL,
    }),
    onError: (error, where) => logger.error({ err: error, where }, "worker error"),
  });
  worker.start();
  return worker;
}
