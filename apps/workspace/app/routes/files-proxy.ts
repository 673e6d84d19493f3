/** `/files/*`: agents' downloads of files contacts uploaded (attachments with a sandboxing CSP), from the API. */
import { proxyToApi } from "../lib/proxy-to-api.server";
import type { Route } from "./+types/files-proxy";

export const loader = ({ request }: Route.LoaderArgs) => proxyToApi(request);
