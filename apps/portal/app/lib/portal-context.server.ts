/**
 * What one request knows about its contact: root middleware reads the session cookie (or the pre-sign-in CSRF
 * cookie, creating it on first visit), computes the CSRF token forms must carry and creates the API client, so
 * loaders and actions use `context.get(portalContext)`.
 */
import { createContext, type MiddlewareFunction } from "react-router";
import { CSRF_COOKIE, cookieOptions, readCookie, SESSION_COOKIE, serializeCookie } from "./cookies.server";
import { csrfToken, newCsrfSeed } from "./csrf.server";
import { createPortalApi, type PortalApi } from "./portal-api.server";
import { portalOrigin, portalSecret } from "./portal-config.server";

export interface PortalRequest {
  readonly api: PortalApi;
  /** The contact's session token from the cookie (not yet checked by the API), or null. */
  readonly sessionToken: string | null;
  /** What the CSRF token of this request is computed from: the session token, else the CSRF cookie. */
  readonly csrfSeed: string;
  /** The token every form of this response carries. */
  readonly csrfToken: string;
  /** The portal's public origin (PORTAL_URL or this request's). */
  readonly origin: string;
  /** The key of the CSRF tokens. */
  readonly secret: string;
}

export const portalContext = createContext<PortalRequest>();

/** Root middleware: the request's contact, CSRF token and API client; sets the CSRF cookie on a first visit. */
export const portalContextMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const cookies = request.headers.get("cookie");
  const sessionToken = readCookie(cookies, SESSION_COOKIE);
  const csrfCookie = readCookie(cookies, CSRF_COOKIE);
  const csrfSeed = sessionToken ?? csrfCookie ?? newCsrfSeed();
  const origin = portalOrigin(request);
  context.set(portalContext, {
    api: createPortalApi({ sessionToken }),
    sessionToken,
    csrfSeed,
    csrfToken: csrfToken(portalSecret, csrfSeed),
    origin,
    secret: portalSecret,
  });
  const response = await next();
  if (!sessionToken && !csrfCookie) {
    response.headers.append("Set-Cookie", serializeCookie(CSRF_COOKIE, csrfSeed, cookieOptions(origin)));
  }
  return response;
};
