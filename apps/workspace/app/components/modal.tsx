import { type ReactNode, useEffect, useId, useRef } from "react";
import { FOCUS_RING } from "./focus-ring";

interface ModalProps {
  readonly open: boolean;
  readonly title: string;
  /** Called on Escape, on the close button and when the dialog closes itself (a form with method="dialog"). */
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** The buttons at the bottom, e.g. Cancel and the confirming action. */
  readonly footer?: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>`: `showModal()` makes the rest of the page inert (focus stays inside),
 * moves focus into the dialog, closes on Escape and returns focus to what opened it.
 */
export function Modal({ open, title, onClose, children, footer }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
      className="m-auto w-full max-w-lg rounded-md border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
        <h2 id={titleId} className="text-sm font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className={`rounded px-1.5 text-lg leading-none text-slate-600 hover:bg-slate-100 ${FOCUS_RING}`}
        >
          ×
        </button>
      </div>
      <div className="px-4 py-3 text-sm">{children}</div>
      {footer ? (
        <div className="flex justify-end gap-2 border-t border-slate-200 bg-slate-50 px-4 py-2.5">
          {footer}
        </div>
      ) : null}
    </dialog>
  );
}
