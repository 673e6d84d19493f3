/**
 * `GET /files/uploads/:uploadId`: an agent downloads a document a contact uploaded, from the agent's own
 * organization only. Uploaded files are never rendered by the browser: always an attachment, of an opaque type,
 * with `nosniff` and a sandboxing CSP in case one is opened anyway.
 */
import { type AppDeps, type Caller, findUploadedFile } from "@trellis/api";
import { Hono } from "hono";
import { errorBody } from "./portal-uploads.js";
import type { AppEnv } from "./request-context.js";

export interface FileDownloadDeps {
  readonly app: AppDeps;
  readonly callerOf: (headers: Headers) => Promise<Caller>;
}

/** RFC 5987 encoding of a file name (`filename*=UTF-8''…`), which keeps non-ASCII names intact. */
function encodeFileName(fileName: string): string {
  return encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeFileName(fileName)}`;
}

/**
 * The download route.
 *
 * @example
 * app.route("/", fileDownloadRoutes({ app: deps, callerOf: (headers) => resolveCaller(sources, headers) }));
 */
export function fileDownloadRoutes(deps: FileDownloadDeps) {
  const routes = new Hono<AppEnv>();
  routes.get("/files/uploads/:uploadId", async (c) => {
    const caller = await deps.callerOf(c.req.raw.headers);
    if (caller.kind !== "agent") return c.json(errorBody(401, "Sign in to continue."), 401);
    const file = await findUploadedFile(deps.app, caller, c.req.param("uploadId"));
    if (!file) return c.json(errorBody(404, "The file was not found."), 404);
    return c.body(file.bytes.slice().buffer, 200, {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    });
  });
  return routes;
}
