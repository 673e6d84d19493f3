import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { ActionStateBadge } from "../action-state-badge";
import { ACTION_TYPE_LABELS } from "../action-type-labels";
import { Badge } from "../badge";
import { DateTime } from "../date-time";
import { FOCUS_RING } from "../focus-ring";
import { QuickActionIcon } from "../quick-action-icon";
import { RiskBadge } from "../risk-badge";
import type { BatchIntent } from "./batch-command";
import { formatPoints, priorityExplanation, type ReadyQueueEntry } from "./priority-explanation";

interface ReadyQueueTableProps {
  readonly items: readonly ReadyQueueEntry[];
  readonly selected: ReadonlySet<string>;
  readonly onSelectedChange: (selected: Set<string>) => void;
  /** A row's quick action: opens its confirmation for that one action. */
  readonly onQuickAction: (intent: BatchIntent, entry: ReadyQueueEntry) => void;
}

// The queue lists ready and review_pending actions, and the lifecycle lets an agent execute, skip and
// reschedule in both, so every row offers the three quick actions.
const QUICK_ACTIONS: readonly { intent: BatchIntent; verb: string }[] = [
  { intent: "execute", verb: "Execute" },
  { intent: "skip", verb: "Skip" },
  { intent: "reschedule", verb: "Reschedule" },
];

const CELL = "px-2 py-1.5";
const HEAD = "px-2 py-2 font-semibold";

/** The queue as a table: a checkbox per row and "Select all", priority with its reasons, quick actions. */
export function ReadyQueueTable({ items, selected, onSelectedChange, onQuickAction }: ReadyQueueTableProps) {
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.actionId));
  const someSelected = !allSelected && items.some((item) => selected.has(item.actionId));
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someSelected;
  }, [someSelected]);

  function toggle(actionId: string) {
    const next = new Set(selected);
    if (next.has(actionId)) next.delete(actionId);
    else next.add(actionId);
    onSelectedChange(next);
  }

  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-300 bg-slate-100 text-xs text-slate-700 uppercase">
          <tr>
            <th scope="col" className={`${HEAD} w-8`}>
              <input
                ref={selectAll}
                type="checkbox"
                aria-label="Select all"
                checked={allSelected}
                onChange={() =>
                  onSelectedChange(allSelected ? new Set() : new Set(items.map((item) => item.actionId)))
                }
                className={FOCUS_RING}
              />
            </th>
            <th scope="col" className={`${HEAD} text-right`}>
              Priority
            </th>
            <th scope="col" className={HEAD}>
              Action
            </th>
            <th scope="col" className={HEAD}>
              Account
            </th>
            <th scope="col" className={HEAD}>
              State
            </th>
            <th scope="col" className={HEAD}>
              Due
            </th>
            <th scope="col" className={HEAD}>
              <span className="sr-only">Quick actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((item) => {
            const explanation = priorityExplanation(item);
            return (
              <tr
                key={item.actionId}
                className={selected.has(item.actionId) ? "bg-sky-50" : "hover:bg-slate-50"}
              >
                <td className={CELL}>
                  <input
                    type="checkbox"
                    aria-label={`Select ${item.name}`}
                    checked={selected.has(item.actionId)}
                    onChange={() => toggle(item.actionId)}
                    className={FOCUS_RING}
                  />
                </td>
                <td className={`${CELL} text-right tabular-nums`}>
                  <span title={explanation} className="cursor-help border-b border-dotted border-slate-500">
                    {formatPoints(item.priority)}
                  </span>
                  <span className="sr-only">{explanation}</span>
                </td>
                <td className={CELL}>
                  <div className="font-medium text-slate-900">{item.name}</div>
                  <div className="text-xs text-slate-600">
                    {ACTION_TYPE_LABELS[item.type]} · {item.milestone.name}
                    {item.draftFailure ? (
                      <span title={item.draftFailure} className="ml-1.5">
                        <Badge tone="danger">Draft failed</Badge>
                        <span className="sr-only">: {item.draftFailure}</span>
                      </span>
                    ) : null}
                  </div>
                </td>
                <td className={CELL}>
                  <Link
                    to={`/accounts/${item.account.id}`}
                    className={`rounded text-sky-800 hover:underline ${FOCUS_RING}`}
                  >
                    {item.account.name}
                  </Link>
                  <span className="ml-1.5">
                    <RiskBadge risk={item.account.risk} />
                  </span>
                </td>
                <td className={CELL}>
                  <ActionStateBadge state={item.state} />
                </td>
                <td className={`${CELL} whitespace-nowrap text-slate-700`}>
                  {item.dueAt ? <DateTime value={item.dueAt} /> : "No due date"}
                </td>
                <td className={`${CELL} whitespace-nowrap text-right`}>
                  <span className="inline-flex gap-0.5">
                    {QUICK_ACTIONS.map((quick) => (
                      <button
                        key={quick.intent}
                        type="button"
                        aria-label={`${quick.verb} ${item.name}`}
                        title={quick.verb}
                        onClick={() => onQuickAction(quick.intent, item)}
                        className={`rounded p-1 text-slate-700 hover:bg-slate-200 hover:text-slate-900 ${FOCUS_RING}`}
                      >
                        <QuickActionIcon kind={quick.intent} />
                      </button>
                    ))}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
