/**
 * The benchmark's HTTP server, run as its own process so the load generator does not share its event loop: the
 * real Trellis app (request ids, logs, auth, tRPC at /trpc) plus, on the same Hono instance, the baselines —
 * a bare route running the same Ready-queue query as `readyQueue.list`, and hello-world over tRPC and bare Hono.
 * Reports its URL to the parent over IPC. Configured by BENCH_SERVER_DATABASE (a JSON DatabaseConfig).
 */
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { trpcServer } from "@hono/trpc-server";
import { type AppDeps, createLocalDocumentStorage, readyQueuePage, resolveApiToken } from "@trellis/api";
import { createApp } from "@trellis/api-server/app";
import { createAuth } from "@trellis/api-server/auth";
import { createLogger } from "@trellis/api-server/logger";
import { resolveCaller } from "@trellis/api-server/resolve-caller";
import { type DatabaseConfig, openDatabase, withTenant } from "@trellis/db";
import { systemClock } from "@trellis/domain";
import { createOfflineProvider } from "@trellis/drafting";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";

const config = JSON.parse(process.env.BENCH_SERVER_DATABASE ?? "null") as DatabaseConfig | null;
if (!config) throw new Error("BENCH_SERVER_DATABASE is not set");
const database = await openDatabase(config);
const deps: AppDeps = {
  db: database.db,
  clock: systemClock,
  drafting: createOfflineProvider(),
  mail: { from: "Bench <bench@trellis.test>", messageIdDomain: "trellis.test" },
  portalUrl: "http://127.0.0.1:5174",
  storage: createLocalDocumentStorage(join(tmpdir(), "trellis-bench-uploads")),
};
const auth = createAuth({ db: database.db, secret: "bench-secret-bench-secret-bench-secret" });
// The server's own default log level: every request is logged, as in production.
const logger = createLogger("info");
const app = createApp({ app: deps, auth, logger, resolveApiToken });
const sources = { db: database.db, auth, resolveApiToken, clock: systemClock };

app.get("/bench/ready-queue", async (c) => {
  const caller = await resolveCaller(sources, c.req.raw.headers);
  if (caller.kind !== "agent") return c.json({ error: "unauthorized" }, 401);
  const page = await withTenant(database.db, caller.organizationId, (scope) =>
    readyQueuePage(deps, scope, caller, { limit: 50 }),
  );
  return c.json(page);
});

const t = initTRPC.create({ transformer: superjson });
const helloRouter = t.router({ hello: t.procedure.query(() => ({ hello: "world" })) });
app.use("/bench-trpc/*", trpcServer({ router: helloRouter, endpoint: "/bench-trpc" }));
app.get("/bench/hello", (c) => c.json({ hello: "world" }));

const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => {
  process.send?.({ url: `http://127.0.0.1:${info.port}` });
});
process.on("SIGTERM", () => {
  server.close();
  void database.close().then(() => process.exit(0));
});
