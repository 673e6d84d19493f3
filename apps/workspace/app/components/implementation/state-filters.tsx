import type { ActionState } from "@trellis/domain";
import { Link } from "react-router";
import { FILTER_STATES, type StateCounts } from "../../lib/implementation/action-groups";
import { ACTION_STATE_LABELS } from "../action-state-badge";
import { FOCUS_RING } from "../focus-ring";

interface StateFiltersProps {
  readonly counts: StateCounts;
  /** The active filter; null for all states. */
  readonly active: ActionState | null;
}

function FilterLink({
  to,
  label,
  count,
  current,
}: {
  readonly to: string;
  readonly label: string;
  readonly count: number;
  readonly current: boolean;
}) {
  return (
    <Link
      to={to}
      aria-current={current ? "page" : undefined}
      preventScrollReset
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-medium ${FOCUS_RING} ${
        current
          ? "border-sky-700 bg-sky-700 text-white"
          : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
      }`}
    >
      {label} <span className="tabular-nums">{count}</span>
    </Link>
  );
}

/** The state filters with their counts; each is a link to `?state=…`, so a filter is shareable and server-rendered. */
export function StateFilters({ counts, active }: StateFiltersProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of links, not form controls, so no fieldset
    <div role="group" aria-label="Filter by state" className="flex flex-wrap gap-1.5">
      <FilterLink to="?" label="All" count={counts.all} current={active === null} />
      {FILTER_STATES.map((state) => (
        <FilterLink
          key={state}
          to={`?state=${state}`}
          label={ACTION_STATE_LABELS[state]}
          count={counts[state]}
          current={active === state}
        />
      ))}
    </div>
  );
}
