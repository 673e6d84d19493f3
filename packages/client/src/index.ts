/**
 * @trellis/client: the typed Trellis API client for platform engineers. Every procedure of the Trellis API, with
 * its input and output types, over HTTP (tRPC with batching and superjson, so dates arrive as dates).
 */
import type { AppRouter, RouterInputs, RouterOutputs } from "@trellis/api";
import { createTRPCClient, httpBatchLink, type TRPCClient, TRPCClientError } from "@trpc/client";
import superjson from "superjson";

export type { AppRouter, RouterInputs, RouterOutputs };
export { TRPCClientError };

export interface TrellisClientOptions {
  /** The API server's base URL, e.g. `http://127.0.0.1:3000` (the client calls `<url>/trpc`). */
  readonly url: string;
  /** An API token (`trl_…`) created in the workspace or with `apiTokens.create`; sent as `Authorization: Bearer`. */
  readonly token?: string;
  /** A fetch implementation (defaults to the global one), e.g. one that keeps a session cookie. */
  readonly fetch?: typeof globalThis.fetch;
  /** Extra headers on every request (e.g. `x-request-id`), or a function returning them per request. */
  readonly headers?:
    | Record<string, string>
    | (() => Record<string, string> | Promise<Record<string, string>>);
}

/** The tRPC endpoint under a server's base URL. */
export function trpcUrl(url: string): string {
  const base = url.replace(/\/+$/, "");
  return base.endsWith("/trpc") ? base : `${base}/trpc`;
}

/**
 * Creates a client for a Trellis API server.
 *
 * @example
 * const trellis = createTrellisClient({ url: "http://127.0.0.1:3000", token: process.env.TRELLIS_TOKEN });
 * const { items } = await trellis.readyQueue.list.query({ limit: 20 });
 */
export function createTrellisClient(options: TrellisClientOptions): TrellisClient {
  const { token, headers } = options;
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: trpcUrl(options.url),
        transformer: superjson,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        headers: async () => ({
          ...(typeof headers === "function" ? await headers() : headers),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        }),
      }),
    ],
  });
}

/** A client made by `createTrellisClient`: one typed method per procedure (`.query` / `.mutate`). */
export type TrellisClient = TRPCClient<AppRouter>;
