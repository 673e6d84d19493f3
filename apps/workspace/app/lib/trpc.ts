/**
 * The tRPC hooks for client-side interactions: `useTRPC()` gives query and mutation options for TanStack Query,
 * e.g. `useQuery(trpc.notifications.unreadCount.queryOptions())`.
 */
import type { AppRouter } from "@trellis/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();
