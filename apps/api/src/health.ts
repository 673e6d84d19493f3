/** `GET /health`: 200 `{ status: "ok" }` when the database answers, 503 otherwise (for load balancers and probes). */
import type { TrellisDb } from "@trellis/db";
import { Hono } from "hono";
import { sql } from "kysely";
import type { AppEnv } from "./request-context.js";

/**
 * The health route, pinging the database with `select 1`.
 *
 * @example
 * app.route("/", healthRoutes(db));
 */
export function healthRoutes(db: TrellisDb) {
  return new Hono<AppEnv>().get("/health", async (c) => {
    try {
      await sql`select 1`.execute(db);
      return c.json({ status: "ok" as const });
    } catch (error) {
      c.var.log.error({ err: error }, "health check: database unreachable");
      return c.json({ status: "unavailable" as const, reason: "database unreachable" }, 503);
    }
  });
}
