import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { fromDateTimeLocalValue, toDateTimeLocalValue } from "../../lib/implementation/local-date-time";
import { useTRPC } from "../../lib/trpc";
import type { CommandDialogOf } from "./action-ref";
import { CommandDialog } from "./command-dialog";
import { TextField } from "./field";
import { useRefreshAfterCommand } from "./use-refresh-after-command";

interface RescheduleDialogProps extends CommandDialogOf {
  /** The current due time, to start from; null when the action has none. */
  readonly dueAt: string | null;
}

/** Moves the due time; the agent picks it in their own time zone, the API gets an ISO instant. */
export function RescheduleDialog({ action, dueAt, onClose }: RescheduleDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterCommand();
  const [value, setValue] = useState(() => (dueAt ? toDateTimeLocalValue(dueAt) : ""));
  const to = fromDateTimeLocalValue(value);
  const reschedule = useMutation(
    trpc.actions.reschedule.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <CommandDialog
      title="Reschedule action"
      confirmLabel="Reschedule"
      pending={reschedule.isPending}
      error={reschedule.error}
      confirmDisabled={to === null}
      onSubmit={() => {
        if (to) reschedule.mutate({ actionId: action.id, to });
      }}
      onClose={onClose}
    >
      <TextField
        label="New due date"
        type="datetime-local"
        required
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <p className="text-xs text-slate-600">In your time zone ({zone}).</p>
    </CommandDialog>
  );
}
