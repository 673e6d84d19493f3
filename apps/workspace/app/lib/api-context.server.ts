/**
 * The API client of one request: root middleware creates a tRPC client that carries the request's cookie, so
 * loaders and actions call the API as the signed-in agent (`context.get(apiContext)`).
 */
import { createTrellisClient, type TrellisClient } from "@trellis/client";
import { createContext, type MiddlewareFunction } from "react-router";
import { apiBaseUrl } from "./api-url.server";

export const apiContext = createContext<TrellisClient>();

/** Root middleware: puts a client for this request's agent into the router context. */
export const apiClientMiddleware: MiddlewareFunction<Response> = ({ request, context }) => {
  const cookie = request.headers.get("cookie");
  context.set(apiContext, createTrellisClient({ url: apiBaseUrl, headers: cookie ? { cookie } : {} }));
};
