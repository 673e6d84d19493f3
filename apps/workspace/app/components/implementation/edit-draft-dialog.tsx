import { useMutation } from "@tanstack/react-query";
import type { ActionContent, ActionType } from "@trellis/domain";
import { useState } from "react";
import { emptyContent, fromEditable, toEditable } from "../../lib/implementation/editable-content";
import { useTRPC } from "../../lib/trpc";
import type { CommandDialogOf } from "./action-ref";
import { CommandDialog } from "./command-dialog";
import { ContentFields } from "./content-fields";
import { useRefreshAfterCommand } from "./use-refresh-after-command";

interface EditDraftDialogProps extends CommandDialogOf {
  readonly type: ActionType;
  /** The action version the agent edits: a change meanwhile makes the API refuse the save (409). */
  readonly version: number;
  /** The current draft's content; null when there is no draft yet. */
  readonly content: ActionContent | null;
}

/** Edits the draft's content by type; saving creates a new draft. */
export function EditDraftDialog({ action, type, version, content, onClose }: EditDraftDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterCommand();
  const [initial] = useState(() => (content ? toEditable(content) : emptyContent(type)));
  const [edited, setEdited] = useState(initial);
  const edit = useMutation(
    trpc.actions.edit.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  return (
    <CommandDialog
      title="Edit draft"
      confirmLabel="Save"
      pending={edit.isPending}
      error={edit.error}
      onSubmit={() =>
        edit.mutate({ actionId: action.id, expectedVersion: version, content: fromEditable(edited) })
      }
      onClose={onClose}
    >
      <ContentFields
        content={edited}
        initialBodyHtml={initial.type === "email" ? initial.bodyHtml : ""}
        onChange={setEdited}
      />
    </CommandDialog>
  );
}
