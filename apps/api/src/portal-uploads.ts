/**
 * `POST /portal/uploads`: a contact's document upload, forwarded by the portal's server with the contact's session
 * header. Multipart fields `actionId`, `documentKey`, `file`. The request body is limited before it is buffered; the
 * requested document's own size limit, type and content are checked before anything is stored.
 */
import { type AppDeps, type Caller, DomainFailure, UploadRefused, uploadPortalDocument } from "@trellis/api";
import { actionIdSchema } from "@trellis/domain";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./request-context.js";

export const PORTAL_UPLOADS_PATH = "/portal/uploads";

/** The largest document a request may ask for (100 MB) plus room for the multipart envelope. */
export const UPLOAD_BODY_LIMIT_BYTES = 100 * 1024 * 1024 + 64 * 1024;

export interface PortalUploadDeps {
  readonly app: AppDeps;
  /** Who sent the request (a contact when the portal session header is valid). */
  readonly callerOf: (headers: Headers) => Promise<Caller>;
  /** Request bodies larger than this are refused with 413 before they are read in full. */
  readonly maxBodyBytes?: number;
}

const STATUS_CODES: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
};

/** The JSON error body of the upload and download routes: `{ error: { code, message } }`. */
export function errorBody(status: ContentfulStatusCode, message: string) {
  return { error: { code: STATUS_CODES[status] ?? "INTERNAL_SERVER_ERROR", message } };
}

function statusOfFailure(failure: DomainFailure): ContentfulStatusCode {
  if (failure.code === "NOT_FOUND") return 404;
  if (failure.code === "CONFLICT" || failure.code === "INVALID_TRANSITION") return 409;
  return 400;
}

/**
 * The upload route.
 *
 * @example
 * app.route("/", portalUploadRoutes({ app: deps, callerOf: (headers) => resolveCaller(sources, headers) }));
 */
export function portalUploadRoutes(deps: PortalUploadDeps) {
  const routes = new Hono<AppEnv & { Variables: { contact: Extract<Caller, { kind: "contact" }> } }>();
  routes.post(
    PORTAL_UPLOADS_PATH,
    // Who is asking is known from the headers alone: an anonymous upload is refused before its body is read.
    async (c, next) => {
      const caller = await deps.callerOf(c.req.raw.headers);
      if (caller.kind !== "contact") return c.json(errorBody(401, "Sign in to the portal to upload."), 401);
      c.set("contact", caller);
      return next();
    },
    bodyLimit({
      maxSize: deps.maxBodyBytes ?? UPLOAD_BODY_LIMIT_BYTES,
      onError: (c) => c.json(errorBody(413, "The file is too large."), 413),
    }),
    async (c) => {
      const body = await c.req.parseBody().catch(() => null);
      const actionId = actionIdSchema.safeParse(body?.actionId);
      const documentKey = body?.documentKey;
      const file = body?.file;
      if (!actionId.success || typeof documentKey !== "string" || !(file instanceof File)) {
        return c.json(
          errorBody(400, "Send the fields actionId, documentKey and file as multipart/form-data."),
          400,
        );
      }
      try {
        const uploaded = await uploadPortalDocument(deps.app, c.var.contact, {
          actionId: actionId.data,
          documentKey,
          fileName: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        });
        return c.json(uploaded, 201);
      } catch (error) {
        if (error instanceof UploadRefused)
          return c.json(errorBody(error.status, error.message), error.status);
        if (error instanceof DomainFailure) {
          const status = statusOfFailure(error);
          return c.json(errorBody(status, error.message), status);
        }
        throw error;
      }
    },
  );
  return routes;
}
