/** `/trpc/*`: the browser's tRPC calls, forwarded to the API. */
import { proxyToApi } from "../lib/proxy-to-api.server";
import type { Route } from "./+types/trpc-proxy";

export const loader = ({ request }: Route.LoaderArgs) => proxyToApi(request);
export const action = ({ request }: Route.ActionArgs) => proxyToApi(request);
