import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Notification } from "@trellis/domain";
import { createRoutesStub, Outlet, RouterContextProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { AppShell } from "../components/app-shell";
import { apiContext } from "../lib/api-context.server";
import { fakeApi } from "../lib/testing/fake-api";
import { TRPCProvider } from "../lib/trpc";
import Notifications, { action, loader } from "./notifications";

function notification(id: number, title: string, read: boolean): Notification {
  return {
    id: `ntf_01JD3ZQ${String(id).padStart(19, "0")}` as Notification["id"],
    organizationId: "org_test" as Notification["organizationId"],
    recipientAgentId: "agt_test" as Notification["recipientAgentId"],
    kind: "customer_responded",
    accountId: "acc_01JD3ZQ0000000000000000001" as Notification["accountId"],
    actionId: null,
    title,
    body: `${title} — details`,
    createdAt: "2025-03-01T09:00:00.000Z",
    readAt: read ? "2025-03-01T10:00:00.000Z" : null,
  };
}

/** The notifications page inside the app shell, against a fake API whose inbox the marks really change. */
function renderNotifications() {
  const inbox = [
    notification(1, "Aster submitted the onboarding form", false),
    notification(2, "Cobalt replied to the welcome email", false),
    notification(3, "Birch booked the kickoff", true),
  ];
  const unreadCount = () => inbox.filter((item) => item.readAt === null).length;
  const api = fakeApi({
    "notifications.list": () => ({ items: inbox, nextCursor: null, unreadCount: unreadCount() }),
    "notifications.unreadCount": () => unreadCount(),
    "notifications.markRead": (input) => {
      const ids = (input as { ids?: string[] }).ids;
      inbox.forEach((item, index) => {
        if (item.readAt === null && (!ids || ids.includes(item.id))) {
          inbox[index] = { ...item, readAt: "2025-03-02T09:00:00.000Z" };
        }
      });
      return { marked: 1, unreadCount: unreadCount() };
    },
  });
  const context = new RouterContextProvider();
  context.set(apiContext, api.client);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
  });
  const Stub = createRoutesStub(
    [
      {
        path: "/",
        Component: () => (
          <AppShell agentName="Dana" unreadNotifications={unreadCount()} busy={false}>
            <Outlet />
          </AppShell>
        ),
        children: [{ path: "notifications", Component: Notifications, loader, action }],
        HydrateFallback: () => null,
      },
    ],
    context,
  );
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={api.client} queryClient={queryClient}>
        <Stub initialEntries={["/notifications"]} future={{ v8_middleware: true }} />
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return api;
}

const navLink = () => screen.getByRole("link", { name: /^Notifications/ });

afterEach(cleanup);

describe("/notifications", () => {
  it("lists unread notifications first, each linking to its account", async () => {
    renderNotifications();
    const items = await screen.findAllByRole("listitem");
    const list = items.filter((item) => item.closest("nav") === null);
    expect(list.map((item) => item.textContent?.startsWith("Unread:"))).toEqual([true, true, false]);
    expect(
      within(list[0] as HTMLElement)
        .getByRole("link", { name: "Open the account" })
        .getAttribute("href"),
    ).toBe("/accounts/acc_01JD3ZQ0000000000000000001");
    expect(within(list[2] as HTMLElement).queryByRole("button")).toBeNull();
    expect(navLink().textContent).toBe("Notifications2 unread");
  });

  it("marks one as read and updates the navigation's count", async () => {
    const api = renderNotifications();
    fireEvent.click(
      await screen.findByRole("button", { name: "Mark as read: Aster submitted the onboarding form" }),
    );
    await waitFor(() => expect(navLink().textContent).toBe("Notifications1 unread"));
    expect(api.calls.find((call) => call.path === "notifications.markRead")?.input).toEqual({
      ids: ["ntf_01JD3ZQ0000000000000000001"],
    });
    expect(await screen.findByText("(1 unread)")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Mark as read: Aster/ })).toBeNull();
  });

  it("marks all as read", async () => {
    const api = renderNotifications();
    fireEvent.click(await screen.findByRole("button", { name: "Mark all as read" }));
    await waitFor(() => expect(navLink().textContent).toBe("Notifications"));
    expect(api.calls.find((call) => call.path === "notifications.markRead")?.input).toEqual({ all: true });
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Mark all as read" }) as HTMLButtonElement).disabled).toBe(
        true,
      ),
    );
  });
});
