import { useId } from "react";
import { ACTION_COMMAND_LABELS } from "../../lib/implementation/command-labels";
import { type ActionCommand, commandsFromAllowedEvents } from "../../lib/implementation/quick-actions";
import { Button } from "../button";
import { ErrorState } from "../error-state";
import type { ActionDetails } from "./action-details";
import { CustomerResponse } from "./customer-response";
import { DraftProblems } from "./draft-problems";
import { DraftView } from "./draft-view";
import { HistoryTimeline } from "./history-timeline";
import { NotesSection } from "./notes-section";

interface ReviewPanelProps {
  readonly actionName: string;
  readonly id: string;
  /** The action page's data; undefined while it loads. */
  readonly details: ActionDetails | undefined;
  readonly error: unknown;
  readonly onCommand: (command: ActionCommand) => void;
}

/** The expanded row: the draft by type, its problems, the allowed commands, notes and history. */
export function ReviewPanel({ actionName, id, details, error, onCommand }: ReviewPanelProps) {
  const draftHeadingId = useId();
  return (
    <section
      id={id}
      aria-label={`Review ${actionName}`}
      className="space-y-3 border-t border-slate-200 bg-white px-4 py-3"
    >
      {error ? (
        <ErrorState error={error} />
      ) : !details ? (
        <p role="status" className="text-sm text-slate-600">
          Loading the draft…
        </p>
      ) : (
        <>
          {details.action.purpose ? <p className="text-sm text-slate-700">{details.action.purpose}</p> : null}
          <div className="flex flex-wrap gap-1.5">
            {commandsFromAllowedEvents(details.allowedEvents).map((command) => (
              <Button
                key={command}
                variant={command === "execute" ? "primary" : "secondary"}
                onClick={() => onCommand(command)}
              >
                {ACTION_COMMAND_LABELS[command]}
              </Button>
            ))}
          </div>
          <section aria-labelledby={draftHeadingId} className="space-y-1.5">
            <h3 id={draftHeadingId} className="text-xs font-semibold tracking-wide text-slate-700 uppercase">
              Draft
            </h3>
            {details.draftFailureReason ? (
              <p className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800">
                <strong>The draft could not be generated:</strong> {details.draftFailureReason}
                {details.allowedEvents.includes("regenerate") ? " Use Regenerate to try again." : ""}
              </p>
            ) : null}
            {details.draft ? (
              <DraftView content={details.draft.content} />
            ) : details.draftFailureReason ? null : (
              <p className="text-sm text-slate-600">
                {details.action.state === "pending"
                  ? "No draft yet: it is written when the action's trigger fires."
                  : "No draft."}
              </p>
            )}
            <DraftProblems problems={details.draftProblems} executeBlocker={details.executeBlocker} />
          </section>
          {details.customerResponse ? (
            <CustomerResponse response={details.customerResponse} content={details.draft?.content ?? null} />
          ) : null}
          {details.action.skipReason ? (
            <p className="text-sm text-slate-700">
              <strong>Skipped:</strong> {details.action.skipReason}
            </p>
          ) : null}
          <div className="grid gap-4 md:grid-cols-2">
            <NotesSection actionId={details.action.id} notes={details.notes} />
            <HistoryTimeline history={details.history} />
          </div>
        </>
      )}
    </section>
  );
}
