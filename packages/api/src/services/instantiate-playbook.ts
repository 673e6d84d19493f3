/**
 * Instantiating a playbook template for an account: the account's milestones (in the template's order) and their
 * actions, pending until their trigger fires, each with a `created` history entry — all inside the caller's tenant
 * transaction, so a failure leaves nothing behind.
 */
import {
  accountHasTemplateInstance,
  appendCreationHistory,
  existingAccountKeys,
  getAccountForUpdate,
  getPlaybookTemplateForShare,
  insertMilestones,
  insertPendingActions,
  type NewMilestone,
  type NewPendingAction,
  type TenantScope,
  toAction,
  toMilestone,
} from "@trellis/db";
import {
  type Action,
  type Actor,
  type Milestone,
  newId,
  type PlaybookDefinition,
  type Trigger,
} from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { DomainFailure, notFound } from "../domain-failure.js";

const HOUR_MS = 3_600_000;

export interface InstantiatePlaybookInput {
  readonly templateId: string;
  readonly accountId: string;
}

export interface InstantiatedPlaybook {
  readonly templateId: string;
  /** The template version the milestones and actions were created from. */
  readonly templateVersion: number;
  readonly accountId: string;
  readonly milestones: Milestone[];
  /** In template order: milestone by milestone, action by action. */
  readonly actions: Action[];
}

/**
 * Creates the account's milestones and pending actions from a template. Milestones start at the account's start
 * plus `startOffsetHours`; an offset trigger gets its `fires_at` (from the milestone's or the account's start) and,
 * with `dueAfterHours`, its `due_at`; event and manual triggers leave both null until they fire. The template's
 * starting content stays in the template: the draft worker reads it by `template_id` + action key.
 *
 * Throws `NOT_FOUND` for an unknown template or account (or one of another organization) and `CONFLICT` when the
 * template was already instantiated for the account or one of its keys is taken there.
 *
 * @example
 * const created = await withTenant(db, organizationId, (scope) =>
 *   instantiatePlaybook(deps, scope, { templateId, accountId }, { kind: "system", component: "seed" }),
 * );
 */
export async function instantiatePlaybook(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  input: InstantiatePlaybookInput,
  actor: Actor,
): Promise<InstantiatedPlaybook> {
  const account = await getAccountForUpdate(scope, input.accountId);
  if (!account) throw notFound("The account");
  const template = await getPlaybookTemplateForShare(scope, input.templateId);
  if (!template) throw notFound("The playbook template");
  const definition = template.definition;

  if (await accountHasTemplateInstance(scope, account.id, template.id)) {
    throw conflict(`The playbook "${definition.name}" is already instantiated for ${account.name}`);
  }
  const taken = await existingAccountKeys(scope, account.id, {
    milestones: definition.milestones.map((milestone) => milestone.key),
    actions: definition.milestones.flatMap((milestone) => milestone.actions.map((action) => action.key)),
  });
  if (taken.milestones.length > 0 || taken.actions.length > 0) {
    const names = [
      ...taken.milestones.map((key) => `milestone "${key}"`),
      ...taken.actions.map((key) => `action "${key}"`),
    ];
    throw conflict(`${account.name} already has ${names.join(", ")}; keys are unique per account`);
  }

  const now = deps.clock.now();
  const plan = planInstance(definition, {
    accountId: account.id,
    templateId: template.id,
    accountStartedAt: account.started_at,
    now,
  });
  const milestones = await insertMilestones(scope, plan.milestones);
  const actions = await insertPendingActions(scope, plan.actions);
  await appendCreationHistory(
    scope,
    actions.map((action) => ({
      actionId: action.id,
      at: now,
      actor,
      event: { type: "created", source: "template" },
    })),
  );

  const position = new Map(plan.actions.map((action, index) => [action.id, index]));
  return {
    templateId: template.id,
    templateVersion: template.version,
    accountId: account.id,
    milestones: milestones.sort((a, b) => a.position - b.position).map(toMilestone),
    actions: actions.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)).map(toAction),
  };
}

interface InstancePlan {
  milestones: NewMilestone[];
  actions: NewPendingAction[];
}

/** The rows a definition becomes for one account (no I/O, new ids only), so the time arithmetic is easy to test. */
export function planInstance(
  definition: PlaybookDefinition,
  target: { accountId: string; templateId: string | null; accountStartedAt: Date; now: Date },
): InstancePlan {
  const plan: InstancePlan = { milestones: [], actions: [] };
  definition.milestones.forEach((milestoneTemplate, position) => {
    const milestoneId = newId("milestone");
    const startsAt = addHours(target.accountStartedAt, milestoneTemplate.startOffsetHours);
    plan.milestones.push({
      id: milestoneId,
      accountId: target.accountId,
      templateId: target.templateId,
      key: milestoneTemplate.key,
      name: milestoneTemplate.name,
      description: milestoneTemplate.description,
      position,
      startsAt,
      at: target.now,
    });
    for (const actionTemplate of milestoneTemplate.actions) {
      const firesAt = firesAtFor(actionTemplate.trigger, {
        milestoneStart: startsAt,
        accountStart: target.accountStartedAt,
      });
      const dueAfter = actionTemplate.dueAfterHours;
      plan.actions.push({
        id: newId("action"),
        accountId: target.accountId,
        milestoneId,
        templateId: target.templateId,
        key: actionTemplate.key,
        name: actionTemplate.name,
        type: actionTemplate.type,
        purpose: actionTemplate.purpose,
        trigger: actionTemplate.trigger,
        firesAt,
        dueAt: firesAt && dueAfter !== null ? addHours(firesAt, dueAfter) : null,
        blocker: actionTemplate.blocker,
        custom: false,
        at: target.now,
      });
    }
  });
  return plan;
}

/** When a time trigger fires; event and manual triggers have no time until they fire. */
export function firesAtFor(
  trigger: Trigger,
  anchors: { milestoneStart: Date; accountStart: Date },
): Date | null {
  if (trigger.type !== "offset") return null;
  const anchor = trigger.anchor === "milestone_start" ? anchors.milestoneStart : anchors.accountStart;
  return addHours(anchor, trigger.offsetHours);
}

function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * HOUR_MS);
}

function conflict(message: string): DomainFailure {
  return new DomainFailure({ code: "CONFLICT", message });
}
