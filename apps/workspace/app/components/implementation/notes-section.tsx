import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@trellis/client";
import type { ActionId } from "@trellis/domain";
import { type FormEvent, useId, useState } from "react";
import { commandErrorMessage } from "../../lib/implementation/command-error-message";
import { useTRPC } from "../../lib/trpc";
import { Button } from "../button";
import { DateTime } from "../date-time";
import { INPUT_CLASSES } from "./field";

type ActionNote = RouterOutputs["actions"]["get"]["notes"][number];

interface NotesSectionProps {
  readonly actionId: ActionId;
  readonly notes: readonly ActionNote[];
}

/** The action's internal notes (never shown to the customer), oldest first, and a field to add one. */
export function NotesSection({ actionId, notes }: NotesSectionProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [body, setBody] = useState("");
  const addNote = useMutation(
    trpc.actions.addNote.mutationOptions({
      onSuccess: async () => {
        setBody("");
        await queryClient.invalidateQueries({ queryKey: trpc.actions.get.queryKey({ actionId }) });
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (body.trim() && !addNote.isPending) addNote.mutate({ actionId, body });
  };
  return (
    <section aria-labelledby={headingId} className="space-y-1.5">
      <h3 id={headingId} className="text-xs font-semibold tracking-wide text-slate-700 uppercase">
        Notes
      </h3>
      {notes.length === 0 ? (
        <p className="text-sm text-slate-600">No notes yet. Notes are internal; customers never see them.</p>
      ) : (
        <ul className="space-y-1">
          {notes.map((note) => (
            <li key={note.id} className="rounded bg-slate-50 px-2 py-1 text-sm">
              <p className="text-xs text-slate-600">
                <strong className="font-semibold text-slate-800">{note.authorName}</strong> ·{" "}
                <DateTime value={note.createdAt} />
              </p>
              <p className="whitespace-pre-wrap">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="flex items-start gap-2">
        <textarea
          aria-label="New note"
          rows={1}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          placeholder="Add an internal note (Shift+Enter for a new line)"
          className={`${INPUT_CLASSES} mt-0 flex-1`}
        />
        <Button type="submit" disabled={addNote.isPending || body.trim() === ""}>
          Add note
        </Button>
      </form>
      {addNote.error ? (
        <p role="alert" className="text-sm text-red-800">
          {commandErrorMessage(addNote.error)}
        </p>
      ) : null}
    </section>
  );
}
