import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Form, NavLink } from "react-router";
import { useTRPC } from "../lib/trpc";
import { Button } from "./button";
import { FOCUS_RING } from "./focus-ring";

interface AppShellProps {
  readonly agentName: string;
  /** Unread notifications when the page was rendered; kept fresh on the client. */
  readonly unreadNotifications: number;
  /** Whether a navigation is loading, to dim the stale page meanwhile. */
  readonly busy: boolean;
  readonly children: ReactNode;
}

const UNREAD_REFRESH_MS = 30_000;

/** The frame of every signed-in page: skip link, left navigation, top bar with the agent and sign out. */
export function AppShell({ agentName, unreadNotifications, busy, children }: AppShellProps) {
  const trpc = useTRPC();
  const unread = useQuery({
    ...trpc.notifications.unreadCount.queryOptions(),
    initialData: unreadNotifications,
    refetchInterval: UNREAD_REFRESH_MS,
  });

  return (
    <div className="flex min-h-full">
      <a
        href="#main"
        className={`sr-only z-50 rounded bg-white px-3 py-2 text-sm font-medium text-sky-800 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 ${FOCUS_RING}`}
      >
        Skip to content
      </a>
      <nav
        aria-label="Workspace"
        className="flex w-52 shrink-0 flex-col border-r border-slate-800 bg-slate-900 text-slate-100"
      >
        <p className="px-4 py-3 text-base font-semibold tracking-tight text-white">Trellis</p>
        <ul className="space-y-0.5 px-2">
          <NavItem to="/ready">Ready queue</NavItem>
          <NavItem to="/accounts">Accounts</NavItem>
          <NavItem to="/mailbox">Mailbox</NavItem>
          <NavItem to="/notifications" count={unread.data}>
            Notifications
          </NavItem>
        </ul>
      </nav>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-11 items-center justify-end gap-3 border-b border-slate-200 bg-white px-4">
          <span className="text-sm text-slate-700">
            Signed in as <strong className="font-semibold text-slate-900">{agentName}</strong>
          </span>
          <Form method="post" action="/sign-out">
            <Button type="submit" variant="ghost">
              Sign out
            </Button>
          </Form>
        </header>
        <main id="main" tabIndex={-1} aria-busy={busy} className={`flex-1 p-4 ${busy ? "opacity-60" : ""}`}>
          {children}
        </main>
      </div>
    </div>
  );
}

function NavItem({
  to,
  count,
  children,
}: {
  readonly to: string;
  readonly count?: number;
  readonly children: string;
}) {
  return (
    <li>
      <NavLink
        to={to}
        className={({ isActive }) =>
          `flex items-center justify-between rounded px-2.5 py-1.5 text-sm ${FOCUS_RING} ${
            isActive
              ? "bg-slate-700 font-medium text-white"
              : "text-slate-200 hover:bg-slate-800 hover:text-white"
          }`
        }
      >
        {children}
        {count ? (
          <span className="rounded-full bg-sky-500 px-1.5 text-xs font-semibold text-slate-950">
            {count}
            <span className="sr-only"> unread</span>
          </span>
        ) : null}
      </NavLink>
    </li>
  );
}
