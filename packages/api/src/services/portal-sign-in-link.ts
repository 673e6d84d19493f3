import { insertSignInLink, type TenantScope } from "@trellis/db";
import { SIGN_IN_LINK_TTL_MS } from "./portal-sign-in-policy.js";
import { hashPortalToken, newPortalToken } from "./portal-tokens.js";
import { signInVerifyUrl } from "./portal-urls.js";

export interface SignInLinkRequest {
  readonly contactId: string;
  /** A portal path to land on after signing in, e.g. `/requests/act_…`. */
  readonly returnTo: string | null;
  readonly at: Date;
  readonly portalUrl: string;
}

/** A new link: its id and its URL, the only place its token appears. */
export interface CreatedSignInLink {
  readonly id: string;
  readonly url: string;
}

/**
 * Creates a single-use sign-in link for a contact of the scope's organization, valid for 15 minutes; only the
 * token's hash is stored, so the URL must go straight into the mail.
 *
 * @example
 * const link = await createSignInLink(scope, { contactId, returnTo: null, at: clock.now(), portalUrl });
 * link.url; // "http://127.0.0.1:5174/sign-in/verify?token=…"
 */
export async function createSignInLink(
  scope: TenantScope,
  request: SignInLinkRequest,
): Promise<CreatedSignInLink> {
  const token = newPortalToken();
  const id = await insertSignInLink(scope, {
    contactId: request.contactId,
    tokenHash: hashPortalToken(token),
    returnTo: request.returnTo,
    at: request.at,
    expiresAt: new Date(request.at.getTime() + SIGN_IN_LINK_TTL_MS),
  });
  return { id, url: signInVerifyUrl(request.portalUrl, token) };
}
