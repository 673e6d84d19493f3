import { useMutation } from "@tanstack/react-query";
import type { ActionContent, ActionType } from "@trellis/domain";
import { useState } from "react";
import { contentProblems } from "../../lib/implementation/content-problems";
import { emptyContent, fromEditable, toEditable } from "../../lib/implementation/editable-content";
import { useTRPC } from "../../lib/trpc";
import type { CommandDialogOf } from "./action-ref";
import { CommandDialog } from "./command-dialog";
import { ContentFields } from "./content-fields";
import { useRefreshAfterCommand } from "./use-refresh-after-command";
import type { VariableValue } from "./variables-preview";

interface EditDraftDialogProps extends CommandDialogOf {
  readonly type: ActionType;
  /** The action version the agent edits: a change meanwhile makes the API refuse the save (409). */
  readonly version: number;
  /** The current draft's content; null when there is no draft yet. */
  readonly content: ActionContent | null;
  /** The variables a draft may use, with their values for this action (from `actions.get`). */
  readonly variables: readonly VariableValue[];
}

/** Edits the draft's content by type; saving creates a new draft. Save waits until the inline problems are fixed. */
export function EditDraftDialog({
  action,
  type,
  version,
  content,
  variables,
  onClose,
}: EditDraftDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterCommand();
  const [initial] = useState(() => (content ? toEditable(content) : emptyContent(type)));
  const [edited, setEdited] = useState(initial);
  const problems = contentProblems(edited);
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
      confirmDisabled={Object.keys(problems).length > 0}
      onSubmit={() =>
        edit.mutate({ actionId: action.id, expectedVersion: version, content: fromEditable(edited) })
      }
      onClose={onClose}
    >
      <ContentFields
        content={edited}
        initialBodyHtml={initial.type === "email" ? initial.bodyHtml : ""}
        problems={problems}
        variables={variables}
        onChange={setEdited}
      />
    </CommandDialog>
  );
}
