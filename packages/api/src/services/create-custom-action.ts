/**
 * Custom actions: an agent adds an action to one of an account's milestones. It then behaves like a template
 * action: with content it gets that content as its draft and is ready for review at once; without, it waits
 * pending for its trigger, and the draft worker writes its draft when the trigger fires.
 */
import {
  appendCreationHistory,
  existingAccountKeys,
  getAccountForUpdate,
  getMilestone,
  insertDraft,
  insertPendingActions,
  type TenantScope,
  toAction,
} from "@trellis/db";
import {
  type Action,
  type ActionContent,
  type ActionId,
  type ActionType,
  type Actor,
  type DraftId,
  newId,
  type Trigger,
  triggerDependencies,
} from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { DomainFailure, notFound } from "../domain-failure.js";
import { applyActionEvent } from "./apply-action-event.js";
import { cleanContent } from "./edit-draft.js";
import { firesAtFor } from "./instantiate-playbook.js";

const HOUR_MS = 3_600_000;

/** Names the agent, not a drafting provider, in the `draft_generated` entry of a hand-written custom action. */
export const WRITTEN_DRAFT_PROVIDER = "agent";

export interface CustomActionInput {
  readonly accountId: string;
  readonly milestoneId: string;
  readonly type: ActionType;
  readonly name: string;
  readonly purpose: string;
  readonly trigger: Trigger;
  readonly blocker: boolean;
  readonly dueAfterHours: number | null;
  readonly content: ActionContent | null;
}

/**
 * Creates the action with a generated key (`custom_<name>_<suffix>`) and a `created` (custom) history entry.
 * With `content` (validated against the type's schema, email HTML sanitized) it stores it as a written draft and
 * the action becomes ready. Without, it stays pending: an offset trigger fires at its time, an event trigger when
 * its event happens, and a manual trigger at once (creating it is the agent starting it).
 * `NOT_FOUND` for an account or milestone of another organization or account; `VALIDATION_FAILED` for an event
 * trigger waiting on an action the account does not have, or content of another type.
 *
 * @example
 * const action = await withTenant(db, organizationId, (scope) =>
 *   createCustomAction(deps, scope, { accountId, milestoneId, type: "manual", name: "Call the CFO", purpose: "",
 *     trigger: { type: "manual" }, blocker: false, dueAfterHours: 48, content: null }, actor),
 * );
 */
export async function createCustomAction(
  deps: Pick<AppDeps, "clock" | "mail">,
  scope: TenantScope,
  input: CustomActionInput,
  actor: Actor,
): Promise<Action> {
  const account = await getAccountForUpdate(scope, input.accountId);
  if (!account) throw notFound("The account");
  const milestone = await getMilestone(scope, input.milestoneId);
  if (!milestone || milestone.account_id !== account.id) throw notFound("The milestone");
  const content = input.content ? cleanContent(input.type, input.content) : null;

  const waitsOn = triggerDependencies(input.trigger);
  if (waitsOn.length > 0) {
    const existing = await existingAccountKeys(scope, account.id, { milestones: [], actions: waitsOn });
    const missing = waitsOn.filter((key) => !existing.actions.includes(key));
    if (missing.length > 0) {
      throw new DomainFailure({
        code: "VALIDATION_FAILED",
        message: `The trigger waits on action "${missing.join('", "')}", which ${account.name} does not have`,
      });
    }
  }

  const now = deps.clock.now();
  const id = newId("action");
  const scheduled = firesAtFor(input.trigger, {
    milestoneStart: milestone.starts_at,
    accountStart: account.started_at,
  });
  const firesAt = content ? null : input.trigger.type === "manual" ? now : scheduled;
  const dueFrom = content ? now : firesAt;
  const [inserted] = await insertPendingActions(scope, [
    {
      id,
      accountId: account.id,
      milestoneId: milestone.id,
      templateId: null,
      key: customActionKey(input.name, id),
      name: input.name,
      type: input.type,
      purpose: input.purpose,
      trigger: input.trigger,
      firesAt,
      dueAt:
        dueFrom && input.dueAfterHours !== null
          ? new Date(dueFrom.getTime() + input.dueAfterHours * HOUR_MS)
          : null,
      blocker: input.blocker,
      custom: true,
      at: now,
    },
  ]);
  if (!inserted) throw new Error("Inserting the custom action returned no row");
  await appendCreationHistory(scope, [
    { actionId: id, at: now, actor, event: { type: "created", source: "custom" } },
  ]);
  if (!content) return toAction(inserted);

  const draft = await insertDraft(scope, {
    actionId: id,
    content,
    origin: "written",
    provider: null,
    model: null,
    instructions: null,
    createdBy: actor,
    at: now,
  });
  const applied = await applyActionEvent(
    deps,
    scope,
    id,
    { type: "draft_generated", draftId: draft.id as DraftId, provider: WRITTEN_DRAFT_PROVIDER, model: null },
    { kind: "system", component: "custom-action" },
  );
  return toAction(applied.action);
}

/** A key unique within the account: `custom_` + the name in snake_case (shortened) + the id's random tail. */
export function customActionKey(name: string, id: ActionId): string {
  const words = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  const suffix = id.slice(-8).toLowerCase();
  return words ? `custom_${words}_${suffix}` : `custom_${suffix}`;
}
