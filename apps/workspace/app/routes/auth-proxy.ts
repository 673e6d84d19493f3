/** `/api/auth/*`: better-auth's endpoints, forwarded to the API (its Set-Cookie lands on this origin). */
import { proxyToApi } from "../lib/proxy-to-api.server";
import type { Route } from "./+types/auth-proxy";

export const loader = ({ request }: Route.LoaderArgs) => proxyToApi(request);
export const action = ({ request }: Route.ActionArgs) => proxyToApi(request);
