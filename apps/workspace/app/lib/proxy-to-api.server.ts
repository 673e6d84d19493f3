/**
 * Forwards a browser request (`/trpc/*`, `/api/auth/*`) to the API, so the browser only ever talks to the
 * workspace's origin: the session cookie stays first-party and no CORS is needed.
 */
import { apiBaseUrl } from "./api-url.server";

// Hop-by-hop headers, and those fetch computes itself or has already applied (it decompresses bodies).
const REQUEST_HEADERS_NOT_FORWARDED = [
  "host",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
];
const RESPONSE_HEADERS_NOT_RELAYED = [
  "connection",
  "keep-alive",
  "content-length",
  "content-encoding",
  "transfer-encoding",
];

/**
 * The headers to send upstream. A browser's `Origin` must be the workspace's own origin (anything else is refused,
 * as the API would refuse it); it is then rewritten to the API's origin, which the API trusts.
 */
export function upstreamHeaders(request: Request, apiUrl: string): Headers | null {
  const headers = new Headers(request.headers);
  for (const name of REQUEST_HEADERS_NOT_FORWARDED) headers.delete(name);
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (origin !== new URL(request.url).origin) return null;
    headers.set("origin", new URL(apiUrl).origin);
  }
  const url = new URL(request.url);
  headers.set("x-forwarded-host", url.host);
  headers.set("x-forwarded-proto", url.protocol.replace(":", ""));
  return headers;
}

/**
 * Sends the request to the same path on the API and relays its answer (status, body, headers with every
 * Set-Cookie).
 *
 * @example
 * export const loader = ({ request }: Route.LoaderArgs) => proxyToApi(request);
 */
export async function proxyToApi(request: Request, apiUrl: string = apiBaseUrl): Promise<Response> {
  const headers = upstreamHeaders(request, apiUrl);
  if (!headers) return new Response("Cross-origin request refused", { status: 403 });
  const incoming = new URL(request.url);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const upstream = await fetch(`${apiUrl}${incoming.pathname}${incoming.search}`, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : null,
    redirect: "manual",
    signal: request.signal,
  });
  const relayed = new Headers(upstream.headers);
  for (const name of RESPONSE_HEADERS_NOT_RELAYED) relayed.delete(name);
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: relayed,
  });
}
