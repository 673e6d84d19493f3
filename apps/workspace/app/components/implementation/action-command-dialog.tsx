import type { ListedAction } from "../../lib/implementation/action-groups";
import type { ActionCommand } from "../../lib/implementation/quick-actions";
import { Modal } from "../modal";
import type { ActionDetails } from "./action-details";
import { CompleteDialog } from "./complete-dialog";
import { EditDraftDialog } from "./edit-draft-dialog";
import { ExecuteDialog } from "./execute-dialog";
import { RegenerateDialog } from "./regenerate-dialog";
import { RescheduleDialog } from "./reschedule-dialog";
import { SkipDialog } from "./skip-dialog";

interface ActionCommandDialogProps {
  readonly command: ActionCommand;
  readonly action: ListedAction;
  /** The action page's data, which the Edit dialog needs (the draft and the current version). */
  readonly details: ActionDetails | undefined;
  readonly onClose: () => void;
}

/** The dialog of one command for one action. */
export function ActionCommandDialog({ command, action, details, onClose }: ActionCommandDialogProps) {
  switch (command) {
    case "execute":
      return <ExecuteDialog action={action} onClose={onClose} />;
    case "regenerate":
      return <RegenerateDialog action={action} onClose={onClose} />;
    case "skip":
      return <SkipDialog action={action} onClose={onClose} />;
    case "reschedule":
      return <RescheduleDialog action={action} dueAt={action.dueAt} onClose={onClose} />;
    case "complete":
      return <CompleteDialog action={action} onClose={onClose} />;
    case "edit":
      return details ? (
        <EditDraftDialog
          action={action}
          type={details.action.type}
          version={details.action.version}
          content={details.draft?.content ?? null}
          variables={details.variables}
          onClose={onClose}
        />
      ) : (
        <Modal open title="Edit draft" onClose={onClose}>
          <p role="status">Loading the draft…</p>
        </Modal>
      );
  }
}
