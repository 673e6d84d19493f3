import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTrellisClient } from "@trellis/client";
import { type ReactNode, useState } from "react";
import { TRPCProvider } from "../lib/trpc";

/**
 * TanStack Query and tRPC for the components below. The browser calls `/trpc` on the workspace's own origin (the
 * workspace server forwards it to the API with the session cookie). Each server render gets its own QueryClient,
 * so no agent's data can leak into another's page.
 */
export function ApiProvider({ children }: { readonly children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }),
  );
  const [trpcClient] = useState(() => createTrellisClient({ url: "/trpc" }));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
