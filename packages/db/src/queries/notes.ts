import type { ActionId, AgentId, Note } from "@trellis/domain";
import { newId } from "@trellis/domain";
import type { NoteRow } from "../tables/notes.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

/** A note as the workspace shows it: with its author's name. */
export interface NoteWithAuthor extends Note {
  readonly authorName: string;
}

export function toNote(row: NoteRow): Note {
  return {
    id: row.id as Note["id"],
    organizationId: row.organization_id as Note["organizationId"],
    actionId: row.action_id as Note["actionId"],
    authorAgentId: row.author_agent_id as Note["authorAgentId"],
    body: row.body,
    createdAt: iso(row.created_at),
  };
}

/** Adds an internal note to an action (never shown in the portal). */
export async function insertNote(
  scope: TenantScope,
  note: { actionId: ActionId; authorAgentId: AgentId; body: string; at: Date },
): Promise<NoteRow> {
  return scope.db
    .insertInto("notes")
    .values({
      id: newId("note"),
      organization_id: scope.organizationId,
      action_id: note.actionId,
      author_agent_id: note.authorAgentId,
      body: note.body,
      created_at: note.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An action's notes, oldest first, with their authors' names. */
export async function listNotes(scope: TenantScope, actionId: ActionId): Promise<NoteWithAuthor[]> {
  const rows = await scope.db
    .selectFrom("notes")
    .innerJoin("agents", "agents.id", "notes.author_agent_id")
    .selectAll("notes")
    .select("agents.name as author_name")
    .where("notes.organization_id", "=", scope.organizationId)
    .where("notes.action_id", "=", actionId)
    .orderBy("notes.created_at")
    .orderBy("notes.id")
    .execute();
  return rows.map((row) => ({ ...toNote(row), authorName: row.author_name }));
}
