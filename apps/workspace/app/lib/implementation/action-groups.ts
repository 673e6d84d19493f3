/**
 * The Implementation tab's list, from `actions.listByAccount`: counts per state for the filters, progress per
 * milestone, and the groups narrowed to the state the URL asks for (`?state=ready`).
 */
import type { RouterOutputs } from "@trellis/client";
import type { ActionState } from "@trellis/domain";

export type MilestoneGroup = RouterOutputs["actions"]["listByAccount"]["milestones"][number];
export type ApiListedAction = MilestoneGroup["actions"][number];

/**
 * What a list row needs of an action. The loader sends only this (a page may list hundreds of actions); the rest
 * comes with the action page when a row opens.
 */
export type ListedAction = Pick<
  ApiListedAction,
  "id" | "name" | "type" | "state" | "dueAt" | "blocker" | "custom"
>;

/** A milestone as the tab shows it: its progress over all its actions, and the actions the filter keeps. */
export interface ShownMilestoneGroup {
  readonly milestone: MilestoneGroup["milestone"];
  readonly progress: MilestoneProgress;
  readonly actions: ListedAction[];
}

function listed({ id, name, type, state, dueAt, blocker, custom }: ListedAction): ListedAction {
  return { id, name, type, state, dueAt, blocker, custom };
}

/** The filters in the order the tab shows them, after "All". */
export const FILTER_STATES = [
  "pending",
  "ready",
  "review_pending",
  "executed",
  "completed",
  "skipped",
] as const satisfies readonly ActionState[];

export type StateCounts = Record<ActionState | "all", number>;

export interface MilestoneProgress {
  /** Completed or skipped actions: nothing more to do for them. */
  readonly done: number;
  readonly total: number;
}

/** The state named in the URL, or null (all states) for anything else. */
export function parseStateFilter(value: string | null): ActionState | null {
  return FILTER_STATES.find((state) => state === value) ?? null;
}

/** How many of the account's actions are in each state, and in all. */
export function countByState(groups: readonly MilestoneGroup[]): StateCounts {
  const counts: StateCounts = {
    all: 0,
    pending: 0,
    ready: 0,
    review_pending: 0,
    executed: 0,
    completed: 0,
    skipped: 0,
  };
  for (const { actions } of groups) {
    for (const action of actions) {
      counts[action.state] += 1;
      counts.all += 1;
    }
  }
  return counts;
}

/** Done and total actions of one milestone (always over all its actions, whatever the filter). */
export function milestoneProgress(actions: readonly ListedAction[]): MilestoneProgress {
  const done = actions.filter((action) => action.state === "completed" || action.state === "skipped").length;
  return { done, total: actions.length };
}

/** Each milestone with its progress and only the actions in `state` (all of them when `state` is null). */
export function filterGroups(
  groups: readonly MilestoneGroup[],
  state: ActionState | null,
): ShownMilestoneGroup[] {
  return groups.map((group) => ({
    milestone: group.milestone,
    progress: milestoneProgress(group.actions),
    actions: (state ? group.actions.filter((action) => action.state === state) : group.actions).map(listed),
  }));
}
