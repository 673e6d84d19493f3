/**
 * The signed-in agent of a request. Middleware on the workspace layout asks the API who is calling before any
 * page loader runs, and redirects to /sign-in when nobody is, so no loader ever runs for an anonymous caller.
 */
import type { RouterOutputs } from "@trellis/client";
import { createContext, type MiddlewareFunction, redirect } from "react-router";
import { apiContext } from "./api-context.server";
import { asRouteError } from "./as-route-error.server";

export type SignedInAgent = NonNullable<RouterOutputs["me"]>;

export const agentContext = createContext<SignedInAgent>();

/** Layout middleware: the agent into the context, or a redirect to /sign-in that comes back here afterwards. */
export const requireAgentMiddleware: MiddlewareFunction<Response> = async ({ request, context }) => {
  const me = await context.get(apiContext).me.query().catch(asRouteError);
  if (!me) {
    const url = new URL(request.url);
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  context.set(agentContext, me);
};
