/**
 * An account's actions as the workspace lists them: grouped by milestone in milestone order, and within a milestone
 * in the playbook's order (custom actions after the template's, by creation).
 */
import {
  type ActionRow,
  getAccount,
  getTemplateDefinitions,
  listAccountActions,
  listAccountMilestones,
  type MilestoneRow,
  type TenantScope,
  toAction,
  toMilestone,
} from "@trellis/db";
import type { AccountId, Action, ActionState, Milestone, PlaybookDefinition } from "@trellis/domain";
import { notFound } from "../domain-failure.js";

export interface MilestoneActions {
  readonly milestone: Milestone;
  readonly actions: Action[];
}

/**
 * Every milestone of the account (also those with no action in the requested states, so the plan keeps its
 * shape), each with its actions, filtered to `states` when given. `NOT_FOUND` for an account of another organization.
 *
 * @example
 * const groups = await withTenant(db, organizationId, (scope) => listActionsByMilestone(scope, accountId, ["ready"]));
 */
export async function listActionsByMilestone(
  scope: TenantScope,
  accountId: AccountId,
  states: readonly ActionState[] | null,
): Promise<MilestoneActions[]> {
  const account = await getAccount(scope, accountId);
  if (!account) throw notFound("The account");
  const [milestones, actions] = await Promise.all([
    listAccountMilestones(scope, accountId),
    listAccountActions(scope, accountId, states),
  ]);
  const templateIds = [
    ...new Set(actions.flatMap((action) => (action.template_id ? [action.template_id] : []))),
  ];
  const definitions = await getTemplateDefinitions(scope, templateIds);
  return groupActionsByMilestone(milestones, actions, definitions).map((group) => ({
    milestone: toMilestone(group.milestone),
    actions: group.actions.map(toAction),
  }));
}

/**
 * Groups actions under their milestones (in milestone order) and orders each group: template actions by their
 * position in the template's definition, then actions the template no longer lists and custom actions, by creation.
 */
export function groupActionsByMilestone(
  milestones: readonly MilestoneRow[],
  actions: readonly ActionRow[],
  definitions: ReadonlyMap<string, PlaybookDefinition>,
): { milestone: MilestoneRow; actions: ActionRow[] }[] {
  const positions = templatePositions(definitions);
  const rank = (action: ActionRow): number =>
    (action.template_id === null ? undefined : positions.get(`${action.template_id}\u0000${action.key}`)) ??
    Number.MAX_SAFE_INTEGER;
  const ordered = [...milestones].sort((a, b) => a.position - b.position || compare(a.id, b.id));
  return ordered.map((milestone) => ({
    milestone,
    actions: actions
      .filter((action) => action.milestone_id === milestone.id)
      .sort(
        (a, b) => rank(a) - rank(b) || a.created_at.getTime() - b.created_at.getTime() || compare(a.id, b.id),
      ),
  }));
}

function templatePositions(definitions: ReadonlyMap<string, PlaybookDefinition>): Map<string, number> {
  const positions = new Map<string, number>();
  for (const [templateId, definition] of definitions) {
    let position = 0;
    for (const milestone of definition.milestones) {
      for (const action of milestone.actions) positions.set(`${templateId}\u0000${action.key}`, position++);
    }
  }
  return positions;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
