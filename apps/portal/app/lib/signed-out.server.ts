/**
 * A contact whose session is missing, expired or revoked is sent to the sign-in page, which brings them back to
 * the page they asked for; the dead session cookie is deleted on the way.
 */
import { TRPCClientError } from "@trpc/client";
import { data, redirect } from "react-router";
import { expiredCookie, SESSION_COOKIE } from "./cookies.server";
import type { PortalRequest } from "./portal-context.server";
import { signInPath } from "./return-to";

/** The redirect to /sign-in?returnTo=<this page> that also deletes the session cookie. */
export function redirectToSignIn(request: Request, portal: PortalRequest): Response {
  const url = new URL(request.url);
  return redirect(signInPath(`${url.pathname}${url.search}`), {
    headers: portal.sessionToken ? { "Set-Cookie": expiredCookie(SESSION_COOKIE, portal.origin) } : {},
  });
}

/** Whether an API call failed because the contact is not (or no longer) signed in. */
export function isSignedOutError(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED";
}

/**
 * For `.catch()` on a loader's API call: signed out → redirect to sign-in; another API error → a route error
 * response with the API's status and message (404 "not found" for another account's ids); anything else rethrown.
 *
 * @example
 * const request = await api.portal.requests.get.query({ actionId }).catch(asPortalRouteError(request, portal));
 */
export function asPortalRouteError(request: Request, portal: PortalRequest): (error: unknown) => never {
  return (error) => {
    if (isSignedOutError(error)) throw redirectToSignIn(request, portal);
    if (error instanceof TRPCClientError) {
      const status = error.data?.httpStatus;
      // The loader's input comes from the URL: input the API refuses means the address names nothing.
      if (status === 400) throw data("Nothing exists at this address.", { status: 404 });
      throw data(error.message, { status: typeof status === "number" ? status : 502 });
    }
    throw error;
  };
}
