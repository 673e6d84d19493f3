import { type FormEvent, useId, useState } from "react";
import { Button } from "../button";
import { FOCUS_RING } from "../focus-ring";
import { Modal } from "../modal";
import { type BatchRequest, batchConfirmLabel, batchRequestTitle } from "./batch-request";

interface BatchDialogProps {
  /** The command being confirmed; null while no dialog is open. */
  readonly request: BatchRequest | null;
  readonly onClose: () => void;
  /** The confirmed command as the route action reads it (intent, actionId…, and the intent's field). */
  readonly onConfirm: (form: FormData) => void;
}

const FIELD_CLASSES = `mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm ${FOCUS_RING}`;

/**
 * The confirmation of a batch or quick action: Execute says it cannot be undone, Skip asks for a reason,
 * Reschedule for the new due date (in the agent's time zone, sent with its offset).
 */
export function BatchDialog({ request, onClose, onConfirm }: BatchDialogProps) {
  const formId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!request) return;
    const fields = new FormData(event.currentTarget);
    const form = new FormData();
    form.set("intent", request.intent);
    for (const action of request.actions) form.append("actionId", action.id);
    if (request.intent === "execute") form.set("idempotencyKey", request.idempotencyKey);
    if (request.intent === "skip") form.set("reason", String(fields.get("reason") ?? ""));
    if (request.intent === "reschedule") {
      const due = new Date(String(fields.get("due") ?? ""));
      if (Number.isNaN(due.getTime())) {
        setProblem("Choose a valid new due date.");
        return;
      }
      form.set("to", due.toISOString());
    }
    setProblem(null);
    onConfirm(form);
  }

  function close() {
    setProblem(null);
    onClose();
  }

  return (
    <Modal
      open={request !== null}
      title={request ? batchRequestTitle(request) : ""}
      onClose={close}
      footer={
        request ? (
          <>
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" form={formId} variant={request.intent === "execute" ? "danger" : "primary"}>
              {batchConfirmLabel(request.intent)}
            </Button>
          </>
        ) : null
      }
    >
      {request ? (
        <form id={formId} onSubmit={submit} className="space-y-3">
          {request.intent === "execute" ? (
            <p>
              Executing sends or performs {request.actions.length === 1 ? "this action" : "these actions"}{" "}
              now. This <strong>cannot be undone</strong>.
            </p>
          ) : null}
          <ul className="max-h-40 list-disc overflow-y-auto pl-5 text-slate-700">
            {request.actions.map((action) => (
              <li key={action.id}>{action.name}</li>
            ))}
          </ul>
          {request.intent === "skip" ? (
            <label className="block text-xs font-medium text-slate-700">
              Reason
              <textarea name="reason" required rows={3} className={FIELD_CLASSES} />
            </label>
          ) : null}
          {request.intent === "reschedule" ? (
            <label className="block text-xs font-medium text-slate-700">
              New due date
              <input type="datetime-local" name="due" required className={FIELD_CLASSES} />
            </label>
          ) : null}
          {problem ? (
            <p role="alert" className="text-sm text-red-800">
              {problem}
            </p>
          ) : null}
        </form>
      ) : null}
    </Modal>
  );
}
