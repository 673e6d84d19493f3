import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc";
import type { CommandDialogOf } from "./action-ref";
import { CommandDialog } from "./command-dialog";
import { TextAreaField } from "./field";
import { useRefreshAfterCommand } from "./use-refresh-after-command";

/** Skips the action, with the reason the history keeps. */
export function SkipDialog({ action, onClose }: CommandDialogOf) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterCommand();
  const [reason, setReason] = useState("");
  const skip = useMutation(
    trpc.actions.skip.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  return (
    <CommandDialog
      title="Skip action"
      confirmLabel="Skip"
      confirmVariant="danger"
      pending={skip.isPending}
      error={skip.error}
      confirmDisabled={reason.trim() === ""}
      onSubmit={() => skip.mutate({ actionId: action.id, reason })}
      onClose={onClose}
    >
      <p>
        Skip <strong>{action.name}</strong>? It will not be sent.
      </p>
      <TextAreaField
        label="Reason"
        required
        rows={2}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </CommandDialog>
  );
}
