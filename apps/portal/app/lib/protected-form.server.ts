/**
 * Reading a form post only when it comes from the portal itself: the Origin header (when the browser sends one,
 * as they all do for POST) must be the portal's, and the `csrf` field must be the token of this request's seed.
 * Anything else is refused with 403 before the API is called.
 */
import { data } from "react-router";
import { CSRF_FIELD, isValidCsrfToken } from "./csrf.server";
import type { PortalRequest } from "./portal-context.server";

export const FORGED_POST_MESSAGE =
  "This form could not be verified (it may be from an old page or another site). Reload the page and try again.";

/**
 * Whether the request's Origin allows it: the portal's own origin, or none at all (then the CSRF token alone
 * decides). `null` origins (sandboxed frames, some redirects) are refused.
 */
export function isSameOriginPost(request: Request, portalOrigin: string): boolean {
  const origin = request.headers.get("origin");
  return origin === null || origin === portalOrigin;
}

/**
 * The posted form after the Origin and CSRF checks; throws a 403 response otherwise.
 *
 * @example
 * const form = await readProtectedForm(request, context.get(portalContext));
 */
export async function readProtectedForm(request: Request, portal: PortalRequest): Promise<FormData> {
  if (!isSameOriginPost(request, portal.origin)) throw data(FORGED_POST_MESSAGE, { status: 403 });
  const form = await request.formData();
  if (!isValidCsrfToken(portal.secret, portal.csrfSeed, form.get(CSRF_FIELD))) {
    throw data(FORGED_POST_MESSAGE, { status: 403 });
  }
  return form;
}
