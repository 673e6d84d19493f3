import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc";
import type { CommandDialogOf } from "./action-ref";
import { CommandDialog } from "./command-dialog";
import { TextAreaField } from "./field";
import { useRefreshAfterCommand } from "./use-refresh-after-command";

/** Asks for a new draft following the agent's instructions (required: regeneration remembers nothing else). */
export function RegenerateDialog({ action, onClose }: CommandDialogOf) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterCommand();
  const [instructions, setInstructions] = useState("");
  const regenerate = useMutation(
    trpc.actions.regenerate.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  return (
    <CommandDialog
      title="Regenerate draft"
      confirmLabel="Regenerate"
      pending={regenerate.isPending}
      error={regenerate.error}
      confirmDisabled={instructions.trim() === ""}
      onSubmit={() => regenerate.mutate({ actionId: action.id, instructions })}
      onClose={onClose}
    >
      <TextAreaField
        label="Instructions"
        required
        rows={3}
        value={instructions}
        onChange={(event) => setInstructions(event.target.value)}
        placeholder="Make it more casual; mention the kickoff date"
      />
      <p className="text-xs text-slate-600">
        The new draft uses the account's context and these instructions only; earlier attempts are not
        remembered.
      </p>
    </CommandDialog>
  );
}
