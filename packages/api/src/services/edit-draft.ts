/**
 * Editing an action's draft by hand. Drafts are immutable, so an edit stores a new draft (origin `edited`, or
 * `written` when there was none) and applies the lifecycle's `edit` event, whose history entry lists the changed
 * fields. The agent edited a particular version of the action: if it changed since, the edit is refused.
 */
import {
  type DraftRow,
  getActionForUpdate,
  getDraft,
  insertDraft,
  type TenantScope,
  toAction,
  toDraft,
} from "@trellis/db";
import {
  type Action,
  type ActionContent,
  type ActionId,
  type Actor,
  contentSchemaFor,
  type Draft,
  type DraftId,
  newId,
} from "@trellis/domain";
import { sanitizeEmailHtml } from "@trellis/drafting";
import { transition } from "@trellis/lifecycle";
import type { AppDeps } from "../deps.js";
import { DomainFailure, notFound } from "../domain-failure.js";
import { applyActionEvent } from "./apply-action-event.js";

export interface DraftEdit {
  readonly actionId: ActionId;
  /** The action's `version` the agent saw when editing. */
  readonly expectedVersion: number;
  readonly content: ActionContent;
}

export interface EditedDraft {
  readonly action: Action;
  readonly draft: Draft;
  /** Top-level content fields that differ from the previous draft; empty when nothing changed (nothing written). */
  readonly changedFields: string[];
}

/**
 * Stores the edited content as the action's current draft. Refuses with `CONFLICT` when the action is no longer at
 * `expectedVersion` or its state does not allow edits (executed, completed, skipped), with `VALIDATION_FAILED` when
 * the content is not of the action's type; in every refusal nothing is written. An edit that changes nothing
 * returns the current draft without writing.
 *
 * @example
 * const edited = await withTenant(db, organizationId, (scope) =>
 *   editDraft(deps, scope, { actionId, expectedVersion: 3, content }, { kind: "agent", agentId, name }),
 * );
 * edited.changedFields; // ["subject"]
 */
export async function editDraft(
  deps: Pick<AppDeps, "clock" | "mail">,
  scope: TenantScope,
  edit: DraftEdit,
  actor: Actor,
): Promise<EditedDraft> {
  const row = await getActionForUpdate(scope, edit.actionId);
  if (!row) throw notFound("The action");
  if (row.version !== edit.expectedVersion) {
    throw new DomainFailure({
      code: "CONFLICT",
      message: `The action was changed by someone else (now version ${row.version}, you edited version ${edit.expectedVersion}); reload it and apply your edit again`,
    });
  }
  const now = deps.clock.now();
  // Ask the machine first, so a refused edit writes nothing, not even the draft row.
  const legal = transition(
    { state: row.state, type: row.type, dueAt: row.due_at?.toISOString() ?? null },
    { type: "edit", draftId: newId("draft"), fields: ["content"] },
    { actor, now: now.toISOString(), hasDraft: row.current_draft_id !== null, draftProblems: [] },
  );
  if (!legal.ok) throw new DomainFailure(legal.error);

  const content = cleanContent(row.type, edit.content);
  const previous = row.current_draft_id ? await getDraft(scope, row.current_draft_id as DraftId) : undefined;
  // The stored draft may predate sanitizing (a provider's output): compare it as it would be saved today, so an
  // untouched body does not count as edited.
  const changedFields = changedContentFields(previous ? withSanitizedBody(previous.content) : null, content);
  if (previous && changedFields.length === 0) {
    return { action: toAction(row), draft: toDraft(previous), changedFields };
  }

  const draft: DraftRow = await insertDraft(scope, {
    actionId: row.id,
    content,
    origin: previous ? "edited" : "written",
    provider: null,
    model: null,
    instructions: null,
    createdBy: actor,
    at: now,
  });
  const applied = await applyActionEvent(
    deps,
    scope,
    edit.actionId,
    { type: "edit", draftId: draft.id as DraftId, fields: changedFields },
    actor,
  );
  return { action: toAction(applied.action), draft: toDraft(draft), changedFields };
}

/** Validates content against the action type's schema and sanitizes email HTML. */
export function cleanContent(type: Action["type"], content: ActionContent): ActionContent {
  if (content.type !== type) {
    throw new DomainFailure({
      code: "VALIDATION_FAILED",
      message: `The content is for a ${content.type} action, but this is a ${type} action`,
    });
  }
  const parsed = contentSchemaFor(type).safeParse(content);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new DomainFailure({ code: "VALIDATION_FAILED", message: `Invalid content: ${issues.join("; ")}` });
  }
  return withSanitizedBody(parsed.data);
}

/** Email content with its HTML body sanitized; other content as it is. */
function withSanitizedBody(content: ActionContent): ActionContent {
  return content.type === "email" ? { ...content, bodyHtml: sanitizeEmailHtml(content.bodyHtml) } : content;
}

/**
 * The top-level fields of `after` that differ from `before` (all of them when there was no draft), in the order of
 * the content's schema. Compared as JSON values, so key order (jsonb reorders keys) does not count as a change.
 */
export function changedContentFields(before: ActionContent | null, after: ActionContent): string[] {
  const previous: Readonly<Record<string, unknown>> = before ?? {};
  return Object.entries(after)
    .filter(([field, value]) => field !== "type" && !sameJson(previous[field], value))
    .map(([field]) => field);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
    );
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return (
    left.length === right.size &&
    left.every(([key, value]) => right.has(key) && sameJson(value, right.get(key)))
  );
}
