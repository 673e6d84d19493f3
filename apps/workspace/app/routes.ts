import { index, layout, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-out", "routes/sign-out.ts"),
  // Resource routes: the browser's API calls, forwarded to the API server.
  route("trpc/*", "routes/trpc-proxy.ts"),
  route("files/*", "routes/files-proxy.ts"),
  route("api/auth/*", "routes/auth-proxy.ts"),
  layout("routes/workspace-layout.tsx", [
    index("routes/home.ts"),
    route("ready", "routes/ready-queue.tsx"),
    route("accounts", "routes/accounts.tsx"),
    route("accounts/:accountId", "routes/account.tsx", [index("routes/account-implementation.tsx")]),
    route("mailbox", "routes/mailbox.tsx"),
    route("mailbox/:messageId", "routes/mailbox-message.tsx"),
    route("notifications", "routes/notifications.tsx"),
  ]),
] satisfies RouteConfig;
