/**
 * Template feedback (SPEC §B): per action of a playbook template, how often agents edited its drafts before
 * executing, skipped it, or asked for a regeneration, so an admin can see which template actions need work.
 */
import {
  getPlaybookTemplate,
  listTemplateActionFeedback,
  type TemplateActionFeedbackRow,
  type TenantScope,
} from "@trellis/db";
import type { ActionType, PlaybookDefinition } from "@trellis/domain";
import { notFound } from "../domain-failure.js";

export interface FeedbackCounts {
  readonly instances: number;
  readonly executed: number;
  readonly editedBeforeExecute: number;
  readonly editsBeforeExecute: number;
  readonly skipped: number;
  readonly regenerated: number;
  readonly regenerations: number;
}

export interface FeedbackRates {
  /** Share of executed actions that were edited first (0–1); null before any execution. */
  readonly editedBeforeExecute: number | null;
  /** Share of instances skipped (0–1); null without instances. */
  readonly skipped: number | null;
  /** Share of instances regenerated at least once (0–1); null without instances. */
  readonly regenerated: number | null;
}

export interface TemplateActionFeedback extends FeedbackCounts {
  readonly key: string;
  /** From the current definition; the key itself for an action since removed from the template. */
  readonly name: string;
  readonly type: ActionType | null;
  readonly milestoneKey: string | null;
  readonly inTemplate: boolean;
  readonly rates: FeedbackRates;
}

export interface TemplateFeedback {
  readonly templateId: string;
  readonly version: number;
  /** In template order; keys no longer in the template (from older versions) last. */
  readonly actions: TemplateActionFeedback[];
  readonly totals: FeedbackCounts & { readonly rates: FeedbackRates };
}

const ZERO: FeedbackCounts = {
  instances: 0,
  executed: 0,
  editedBeforeExecute: 0,
  editsBeforeExecute: 0,
  skipped: 0,
  regenerated: 0,
  regenerations: 0,
};

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1_000) / 1_000;
}

function ratesOf(counts: FeedbackCounts): FeedbackRates {
  return {
    editedBeforeExecute: ratio(counts.editedBeforeExecute, counts.executed),
    skipped: ratio(counts.skipped, counts.instances),
    regenerated: ratio(counts.regenerated, counts.instances),
  };
}

function countsOf(row: TemplateActionFeedbackRow | undefined): FeedbackCounts {
  if (!row) return ZERO;
  return {
    instances: row.instances,
    executed: row.executed,
    editedBeforeExecute: row.edited_before_execute,
    editsBeforeExecute: row.edits_before_execute,
    skipped: row.skipped,
    regenerated: row.regenerated,
    regenerations: row.regenerations,
  };
}

function add(a: FeedbackCounts, b: FeedbackCounts): FeedbackCounts {
  return {
    instances: a.instances + b.instances,
    executed: a.executed + b.executed,
    editedBeforeExecute: a.editedBeforeExecute + b.editedBeforeExecute,
    editsBeforeExecute: a.editsBeforeExecute + b.editsBeforeExecute,
    skipped: a.skipped + b.skipped,
    regenerated: a.regenerated + b.regenerated,
    regenerations: a.regenerations + b.regenerations,
  };
}

/** Lays the counted rows over the template's definition: every template action appears, counted or not. */
export function buildTemplateFeedback(
  template: { id: string; version: number; definition: PlaybookDefinition },
  rows: readonly TemplateActionFeedbackRow[],
): TemplateFeedback {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const actions: TemplateActionFeedback[] = [];
  for (const milestone of template.definition.milestones) {
    for (const action of milestone.actions) {
      const counts = countsOf(byKey.get(action.key));
      byKey.delete(action.key);
      actions.push({
        key: action.key,
        name: action.name,
        type: action.type,
        milestoneKey: milestone.key,
        inTemplate: true,
        ...counts,
        rates: ratesOf(counts),
      });
    }
  }
  for (const row of byKey.values()) {
    const counts = countsOf(row);
    actions.push({
      key: row.key,
      name: row.key,
      type: null,
      milestoneKey: null,
      inTemplate: false,
      ...counts,
      rates: ratesOf(counts),
    });
  }
  const totals = actions.reduce<FeedbackCounts>((sum, action) => add(sum, action), ZERO);
  return {
    templateId: template.id,
    version: template.version,
    actions,
    totals: { ...totals, rates: ratesOf(totals) },
  };
}

/** Feedback figures of one of the organization's templates; `NOT_FOUND` for any other id. */
export async function templateFeedback(scope: TenantScope, templateId: string): Promise<TemplateFeedback> {
  const template = await getPlaybookTemplate(scope, templateId);
  if (!template) throw notFound("The playbook template");
  const rows = await listTemplateActionFeedback(scope, template.id);
  return buildTemplateFeedback(template, rows);
}
