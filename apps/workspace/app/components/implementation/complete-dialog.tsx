import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc";
import type { CommandDialogOf } from "./action-ref";
import { CommandDialog } from "./command-dialog";
import { TextAreaField } from "./field";
import { useRefreshAfterCommand } from "./use-refresh-after-command";

/** Marks an executed action complete, with an optional note for the history. */
export function CompleteDialog({ action, onClose }: CommandDialogOf) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterCommand();
  const [note, setNote] = useState("");
  const complete = useMutation(
    trpc.actions.complete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  return (
    <CommandDialog
      title="Mark as complete"
      confirmLabel="Mark as complete"
      pending={complete.isPending}
      error={complete.error}
      onSubmit={() => complete.mutate({ actionId: action.id, note: note.trim() || null })}
      onClose={onClose}
    >
      <TextAreaField
        label="Note (optional)"
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
    </CommandDialog>
  );
}
