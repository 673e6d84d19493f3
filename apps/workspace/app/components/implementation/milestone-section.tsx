import type { AccountId } from "@trellis/domain";
import { useState } from "react";
import type { ShownMilestoneGroup } from "../../lib/implementation/action-groups";
import { Button } from "../button";
import { ActionRow } from "./action-row";
import { AddCustomActionDialog } from "./add-custom-action-dialog";

interface MilestoneGroupProps {
  readonly accountId: AccountId;
  readonly group: ShownMilestoneGroup;
  /** Whether a state filter is on (changes what an empty group says). */
  readonly filtered: boolean;
}

/** A milestone: its name, progress (done of total), its actions and a way to add a custom one. */
export function MilestoneSection({ accountId, group, filtered }: MilestoneGroupProps) {
  const { milestone, progress, actions } = group;
  const [adding, setAdding] = useState(false);
  const headingId = `milestone-${milestone.id}`;
  const percent = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-300 bg-white">
      <div className="flex items-center gap-3 border-b border-slate-200 bg-slate-50 px-3 py-1.5">
        <h2 id={headingId} className="text-sm font-semibold">
          {milestone.name}
        </h2>
        <span className="text-xs text-slate-700 tabular-nums">
          {progress.done}/{progress.total} done
        </span>
        <span aria-hidden="true" className="h-1.5 w-24 overflow-hidden rounded bg-slate-200">
          <span className="block h-full bg-emerald-600" style={{ width: `${percent}%` }} />
        </span>
        <Button variant="ghost" className="ml-auto text-xs" onClick={() => setAdding(true)}>
          Add custom action
        </Button>
      </div>
      {actions.length === 0 ? (
        <p className="px-3 py-2 text-sm text-slate-600">
          {filtered ? "None in this state." : "No actions in this milestone."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {actions.map((action) => (
            <ActionRow key={action.id} action={action} />
          ))}
        </ul>
      )}
      {adding ? (
        <AddCustomActionDialog accountId={accountId} milestone={milestone} onClose={() => setAdding(false)} />
      ) : null}
    </section>
  );
}
