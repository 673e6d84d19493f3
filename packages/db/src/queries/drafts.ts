import type { ActionContent, Actor, Draft, DraftId, DraftOrigin } from "@trellis/domain";
import { newId } from "@trellis/domain";
import type { DraftRow } from "../tables/drafts.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

export function toDraft(row: DraftRow): Draft {
  return {
    id: row.id as Draft["id"],
    organizationId: row.organization_id as Draft["organizationId"],
    actionId: row.action_id as Draft["actionId"],
    content: row.content,
    origin: row.origin,
    provider: row.provider,
    model: row.model,
    instructions: row.instructions,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
  };
}

export async function getDraft(scope: TenantScope, id: DraftId): Promise<DraftRow | undefined> {
  return scope.db
    .selectFrom("drafts")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export interface NewDraft {
  actionId: string;
  content: ActionContent;
  origin: DraftOrigin;
  provider: string | null;
  model: string | null;
  instructions: string | null;
  createdBy: Actor;
  at: Date;
}

/** Drafts are immutable versions: every generation or edit inserts a new one. */
export async function insertDraft(scope: TenantScope, draft: NewDraft): Promise<DraftRow> {
  return scope.db
    .insertInto("drafts")
    .values({
      id: newId("draft"),
      organization_id: scope.organizationId,
      action_id: draft.actionId,
      content: JSON.stringify(draft.content),
      origin: draft.origin,
      provider: draft.provider,
      model: draft.model,
      instructions: draft.instructions,
      created_by: JSON.stringify(draft.createdBy),
      created_at: draft.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
