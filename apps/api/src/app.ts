/**
 * The HTTP application: request ids and logs on every request, `/health`, better-auth at `/api/auth/*` and the tRPC
 * API at `/trpc`, whose context resolves the caller from an API token or the session cookie; portal uploads at
 * `/portal/uploads` and agents' downloads of them at `/files/uploads/:id`. Building the app does
 * no I/O; `start.ts` listens.
 */

import { trpcServer } from "@hono/trpc-server";
import { type AppDeps, appRouter, type TrellisContext } from "@trellis/api";
import { Hono } from "hono";
import type { Logger } from "pino";
import { AUTH_BASE_PATH, type Auth } from "./auth.js";
import { fileDownloadRoutes } from "./file-downloads.js";
import { healthRoutes } from "./health.js";
import { portalUploadRoutes } from "./portal-uploads.js";
import { type AppEnv, requestContext } from "./request-context.js";
import { type ApiTokenResolver, resolveCaller } from "./resolve-caller.js";

export const TRPC_ENDPOINT = "/trpc";

export interface ServerDeps {
  readonly app: AppDeps;
  readonly auth: Auth;
  readonly logger: Logger;
  readonly resolveApiToken: ApiTokenResolver;
}

/**
 * Builds the Hono app.
 *
 * @example
 * const app = createApp({ app: deps, auth, logger, resolveApiToken });
 * const response = await app.request("/health"); // 200 { status: "ok" }
 */
export function createApp(deps: ServerDeps) {
  const sources = {
    db: deps.app.db,
    auth: deps.auth,
    resolveApiToken: deps.resolveApiToken,
    clock: deps.app.clock,
  };
  const app = new Hono<AppEnv>();
  app.use(requestContext(deps.logger));
  app.route("/", healthRoutes(deps.app.db));
  app.on(["GET", "POST"], `${AUTH_BASE_PATH}/*`, (c) => deps.auth.handler(c.req.raw));
  const callerOf = (headers: Headers) => resolveCaller(sources, headers);
  app.route("/", portalUploadRoutes({ app: deps.app, callerOf }));
  app.route("/", fileDownloadRoutes({ app: deps.app, callerOf }));
  app.use(
    `${TRPC_ENDPOINT}/*`,
    trpcServer({
      router: appRouter,
      endpoint: TRPC_ENDPOINT,
      createContext: async (_options, c) => {
        const context: TrellisContext = {
          deps: deps.app,
          caller: await resolveCaller(sources, c.req.raw.headers),
          requestId: c.get("requestId"),
        };
        return { ...context };
      },
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") deps.logger.error({ err: error, path }, "tRPC error");
      },
    }),
  );
  return app;
}

export type TrellisApp = ReturnType<typeof createApp>;
