/** Addresses in the customer portal that mail links to. */

/** The portal page that consumes a sign-in link's token. */
export function signInVerifyUrl(portalUrl: string, token: string): string {
  return `${portalUrl.replace(/\/+$/, "")}/sign-in/verify?token=${encodeURIComponent(token)}`;
}

/** The portal's sign-in page, where a contact asks for a new link. */
export function signInPageUrl(portalUrl: string): string {
  return `${portalUrl.replace(/\/+$/, "")}/sign-in`;
}

/** Where a contact lands after signing in from a request's email. */
export function requestPath(actionId: string): string {
  return `/requests/${actionId}`;
}
