import type { HistoryEntry } from "@trellis/domain";
import { useId } from "react";
import { describeActor, describeHistoryEvent } from "../../lib/implementation/history-description";
import { ACTION_STATE_LABELS } from "../action-state-badge";
import { DateTime } from "../date-time";

/** The action's audit trail, oldest first: when, who, what happened and the state it led to. */
export function HistoryTimeline({ history }: { readonly history: readonly HistoryEntry[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-1.5">
      <h3 id={headingId} className="text-xs font-semibold tracking-wide text-slate-700 uppercase">
        History
      </h3>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing has happened yet.</p>
      ) : (
        <ol className="space-y-1 border-l-2 border-slate-200 pl-3 text-sm">
          {history.map((entry) => (
            <li key={entry.id}>
              <p className="text-xs text-slate-600">
                <DateTime value={entry.at} /> · {describeActor(entry.actor)}
                {entry.fromState !== entry.toState
                  ? ` · ${ACTION_STATE_LABELS[entry.fromState]} → ${ACTION_STATE_LABELS[entry.toState]}`
                  : ""}
              </p>
              <p>{describeHistoryEvent(entry.event)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
