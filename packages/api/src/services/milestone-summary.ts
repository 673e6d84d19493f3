/** A milestone with its progress, as account pages and milestone lists show it. */
import { type ActionStateCounts, type MilestoneProgressRow, toMilestone } from "@trellis/db";
import type { Milestone } from "@trellis/domain";

export interface MilestoneProgress {
  readonly byState: ActionStateCounts;
  readonly total: number;
  /** Completed or skipped: nothing more to do for them. */
  readonly done: number;
  /** Blockers not completed yet; the milestone stays open while there are any. */
  readonly openBlockers: number;
  /** 0–100, whole percent of actions done; 0 for a milestone without actions. */
  readonly percent: number;
}

export interface MilestoneSummary extends Milestone {
  readonly progress: MilestoneProgress;
  readonly complete: boolean;
}

/** Progress figures from the action counts of one milestone. */
export function milestoneProgress(counts: ActionStateCounts, openBlockers: number): MilestoneProgress {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const done = counts.completed + counts.skipped;
  return {
    byState: counts,
    total,
    done,
    openBlockers,
    percent: total === 0 ? 0 : Math.round((done / total) * 100),
  };
}

/** Turns a row of `listMilestoneProgress` into what the API returns. */
export function toMilestoneSummary(row: MilestoneProgressRow): MilestoneSummary {
  return {
    ...toMilestone(row.milestone),
    progress: milestoneProgress(row.counts, row.openBlockers),
    complete: row.milestone.completed_at !== null,
  };
}
