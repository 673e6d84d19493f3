/**
 * The portal server's API client: tRPC over HTTP (superjson, so dates arrive as dates) with the contact's session
 * token in `x-trellis-portal-session`. Only the portal server talks to the API; the browser never does.
 */
import type { AppRouter, RouterOutputs } from "@trellis/api";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";
import { apiBaseUrl } from "./portal-config.server";

/** The header the API reads a contact's portal session from. */
export const PORTAL_SESSION_HEADER = "x-trellis-portal-session";

export type PortalApi = TRPCClient<AppRouter>;
export type PortalOutputs = RouterOutputs["portal"];

export interface PortalApiOptions {
  /** The contact's session token, or null before sign-in. */
  readonly sessionToken: string | null;
  /** Defaults to TRELLIS_API_URL. */
  readonly apiUrl?: string;
  /** Defaults to the global fetch (tests answer in-process). */
  readonly fetch?: typeof globalThis.fetch;
}

/**
 * A client calling the API as the contact whose session token is given (or anonymously).
 *
 * @example
 * const api = createPortalApi({ sessionToken });
 * const me = await api.portal.auth.me.query();
 */
export function createPortalApi(options: PortalApiOptions): PortalApi {
  const { sessionToken } = options;
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${options.apiUrl ?? apiBaseUrl}/trpc`,
        transformer: superjson,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        headers: () => (sessionToken ? { [PORTAL_SESSION_HEADER]: sessionToken } : {}),
      }),
    ],
  });
}
