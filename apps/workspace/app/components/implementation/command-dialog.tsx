import { type FormEvent, type ReactNode, useId } from "react";
import { commandErrorMessage } from "../../lib/implementation/command-error-message";
import { Button, type ButtonVariant } from "../button";
import { Modal } from "../modal";

interface CommandDialogProps {
  readonly title: string;
  /** The confirming button's label, e.g. "Skip". */
  readonly confirmLabel: string;
  readonly confirmVariant?: ButtonVariant;
  /** While the command runs: the buttons are disabled and progress is announced. */
  readonly pending: boolean;
  /** The command's failure, shown with the API's message; null while there is none. */
  readonly error: unknown;
  /** Whether the confirm button is disabled even when nothing runs (e.g. a required field is empty). */
  readonly confirmDisabled?: boolean;
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A dialog that gives one command: its fields in a form (Enter submits), Cancel and the confirming button, the
 * API's error in an alert. It is mounted only while open, so its state starts afresh on every opening.
 */
export function CommandDialog({
  title,
  confirmLabel,
  confirmVariant = "primary",
  pending,
  error,
  confirmDisabled = false,
  onSubmit,
  onClose,
  children,
}: CommandDialogProps) {
  const formId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending && !confirmDisabled) onSubmit();
  };
  return (
    <Modal
      open
      title={title}
      onClose={onClose}
      footer={
        <>
          {pending ? (
            <span role="status" className="mr-auto self-center text-xs text-slate-600">
              Working…
            </span>
          ) : null}
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button
            type="submit"
            form={formId}
            variant={confirmVariant}
            disabled={pending || confirmDisabled}
            aria-busy={pending}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="space-y-3" aria-busy={pending}>
        {children}
        {error ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {commandErrorMessage(error)}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
