import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useRevalidator } from "react-router";
import { useTRPC } from "../../lib/trpc";

/**
 * What a successful command calls: the page's loader data (list, counts, progress) and every cached action page
 * are fetched again, so the screen shows what the API now holds rather than a guess.
 */
export function useRefreshAfterCommand(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.actions.get.pathKey() }),
      revalidator.revalidate(),
    ]);
  }, [queryClient, revalidator, trpc]);
}
