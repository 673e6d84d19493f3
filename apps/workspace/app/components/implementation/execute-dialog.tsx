import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc";
import type { CommandDialogOf } from "./action-ref";
import { CommandDialog } from "./command-dialog";
import { useRefreshAfterCommand } from "./use-refresh-after-command";

/**
 * Confirms the irreversible execution. The idempotency key is made once per opening, so a double click or a retry
 * after a lost answer repeats the same execution instead of sending twice.
 */
export function ExecuteDialog({ action, onClose }: CommandDialogOf) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterCommand();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const execute = useMutation(
    trpc.actions.execute.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  return (
    <CommandDialog
      title="Execute action"
      confirmLabel="Execute"
      pending={execute.isPending}
      error={execute.error}
      onSubmit={() => execute.mutate({ actionId: action.id, confirm: true, idempotencyKey })}
      onClose={onClose}
    >
      <p>
        Execute <strong>{action.name}</strong>? It reaches the customer now, and this cannot be undone.
      </p>
    </CommandDialog>
  );
}
