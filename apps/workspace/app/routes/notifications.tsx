/**
 * `/notifications`: the signed-in agent's notifications, unread first, paged; marking one or all read updates the
 * navigation's unread count with the API's answer.
 */

import { useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trellis/client";
import { notificationIdSchema } from "@trellis/domain";
import { useEffect } from "react";
import { Link, useFetcher } from "react-router";
import { Button } from "../components/button";
import { CursorPager } from "../components/cursor-pager";
import { EmptyState } from "../components/empty-state";
import { NotificationItem } from "../components/notifications/notification-item";
import { PageError } from "../components/page-error";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import { useTRPC } from "../lib/trpc";
import type { Route } from "./+types/notifications";

const PAGE_SIZE = 30;

export function meta(): Route.MetaDescriptors {
  return [{ title: "Notifications · Trellis" }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const cursor = new URL(request.url).searchParams.get("cursor") || null;
  const page = await context
    .get(apiContext)
    .notifications.list.query({ limit: PAGE_SIZE, cursor: cursor ?? undefined })
    .catch(asRouteError);
  return { cursor, page };
}

type MarkReadOutcome = { readonly unreadCount: number } | { readonly error: string };

/** Marks the posted notification (`id`) read, or every unread one (`all`). */
export async function action({ request, context }: Route.ActionArgs): Promise<MarkReadOutcome> {
  const form = await request.formData();
  const id = notificationIdSchema.safeParse(form.get("id"));
  if (form.get("all") !== "true" && !id.success) return { error: "Choose a notification to mark as read." };
  try {
    const result = await context
      .get(apiContext)
      .notifications.markRead.mutate(id.success ? { ids: [id.data] } : { all: true });
    return { unreadCount: result.unreadCount };
  } catch (error) {
    if (error instanceof TRPCClientError) return { error: error.message };
    throw error;
  }
}

export default function Notifications({ loaderData }: Route.ComponentProps) {
  const { cursor, page } = loaderData;
  const fetcher = useFetcher<typeof action>();
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const outcome = fetcher.data;

  // The navigation's badge reads the unreadCount query: give it the count the API just answered.
  useEffect(() => {
    if (outcome && "unreadCount" in outcome) {
      queryClient.setQueryData(trpc.notifications.unreadCount.queryKey(), outcome.unreadCount);
    }
  }, [outcome, queryClient, trpc]);

  const busy = fetcher.state !== "idle";
  return (
    <section aria-labelledby="notifications-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="notifications-heading" className="text-lg font-semibold">
          Notifications{" "}
          <span className="text-sm font-normal text-slate-600">({page.unreadCount} unread)</span>
        </h1>
        <Button
          disabled={busy || page.unreadCount === 0}
          onClick={() => fetcher.submit({ all: "true" }, { method: "post" })}
        >
          Mark all as read
        </Button>
      </div>
      {outcome && "error" in outcome ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {outcome.error}
        </p>
      ) : null}
      {page.items.length === 0 ? (
        <EmptyState title={cursor ? "No more notifications" : "No notifications"}>
          {cursor ? (
            <Link to="/notifications" className="text-sky-800 underline">
              Back to the newest
            </Link>
          ) : (
            "You are told here when a customer responds, an action completes or a draft or delivery fails."
          )}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded border border-slate-300">
          {page.items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              busy={busy}
              onMarkRead={
                notification.readAt === null
                  ? () => fetcher.submit({ id: notification.id }, { method: "post" })
                  : null
              }
            />
          ))}
        </ul>
      )}
      <CursorPager
        firstHref="/notifications"
        nextHref={
          page.nextCursor ? `/notifications?${new URLSearchParams({ cursor: page.nextCursor })}` : null
        }
        onLaterPage={Boolean(cursor)}
      />
    </section>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <PageError title="Notifications" error={error} />;
}
