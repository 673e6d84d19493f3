/** The signed-in part of the workspace: the app shell around every page; anonymous callers go to /sign-in. */
import { Outlet, useNavigation } from "react-router";
import { AppShell } from "../components/app-shell";
import { agentContext, requireAgentMiddleware } from "../lib/agent-context.server";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import type { Route } from "./+types/workspace-layout";

export const middleware: Route.MiddlewareFunction[] = [requireAgentMiddleware];

export async function loader({ context }: Route.LoaderArgs) {
  const agent = context.get(agentContext);
  const unreadNotifications = await context
    .get(apiContext)
    .notifications.unreadCount.query()
    .catch(asRouteError);
  return { agent: { name: agent.name, role: agent.role }, unreadNotifications };
}

export default function WorkspaceLayout({ loaderData }: Route.ComponentProps) {
  const busy = useNavigation().state === "loading";
  return (
    <AppShell
      agentName={loaderData.agent.name}
      unreadNotifications={loaderData.unreadNotifications}
      busy={busy}
    >
      <Outlet />
    </AppShell>
  );
}
