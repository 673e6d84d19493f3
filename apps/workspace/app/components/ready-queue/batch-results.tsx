import { ACTION_STATE_LABELS } from "../action-state-badge";
import type { BatchIntent, BatchOutcome } from "./batch-command";

interface BatchResultsProps {
  /** The last batch's answer; null before any. */
  readonly outcome: BatchOutcome | null;
  /** Whether a batch is being applied right now. */
  readonly working: boolean;
  /** The names of the actions submitted, by id (executed ones leave the queue, so their rows are gone). */
  readonly names: ReadonlyMap<string, string>;
  readonly onDismiss: () => void;
}

const DONE: Record<BatchIntent, string> = { execute: "Executed", skip: "Skipped", reschedule: "Rescheduled" };

/**
 * What the last batch did, item by item, in a live status region; a batch refused as a whole (bad input, signed
 * out) is an alert with the reason.
 */
export function BatchResults({ outcome, working, names, onDismiss }: BatchResultsProps) {
  return (
    <>
      {!working && outcome && "error" in outcome ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {outcome.error}
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {working ? <p className="text-sm text-slate-700">Applying to the selected actions…</p> : null}
        {!working && outcome && "results" in outcome ? (
          <div className="rounded border border-slate-300 bg-white px-3 py-2 text-sm">
            <div className="flex items-baseline justify-between gap-3">
              <p className="font-semibold">
                {DONE[outcome.intent]} {outcome.results.filter((result) => result.ok).length} of{" "}
                {outcome.results.length}
              </p>
              <button type="button" onClick={onDismiss} className="text-xs text-sky-800 underline">
                Dismiss
              </button>
            </div>
            <ul className="mt-1 space-y-0.5">
              {outcome.results.map((result) => (
                <li key={result.actionId} className="flex gap-2">
                  <span className="font-medium">{names.get(result.actionId) ?? result.actionId}:</span>
                  {result.ok ? (
                    <span className="text-emerald-800">ok, now {ACTION_STATE_LABELS[result.state]}</span>
                  ) : (
                    <span className="text-red-800">
                      {result.message} <span className="text-xs text-red-700">({result.code})</span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </>
  );
}
