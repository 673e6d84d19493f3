/**
 * Per-request context for every route: a request id (the caller's `x-request-id` when it is a sane token, else a
 * new UUID) echoed in the response, and a pino child logger carrying it, so one id follows a request through
 * the logs. Each request is logged once when it ends, with status and duration.
 */
import { randomUUID } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { Logger } from "pino";

export const REQUEST_ID_HEADER = "x-request-id";

export interface RequestVariables {
  readonly requestId: string;
  readonly log: Logger;
}

export type AppEnv = { Variables: RequestVariables };

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id a request is logged under: the caller's own when it looks like an id, otherwise a fresh UUID. */
export function requestIdFrom(header: string | undefined): string {
  return header && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * Middleware setting `requestId` and `log` on the context.
 *
 * @example
 * app.use(requestContext(logger));
 * app.get("/x", (c) => { c.var.log.info("hello"); return c.text(c.var.requestId); });
 */
export function requestContext(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFrom(c.req.header(REQUEST_ID_HEADER));
    const log = logger.child({ requestId });
    c.set("requestId", requestId);
    c.set("log", log);
    c.header(REQUEST_ID_HEADER, requestId);
    await next();
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      },
      "request",
    );
  });
}
