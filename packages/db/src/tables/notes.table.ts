import type { Insertable, Selectable } from "kysely";
import type { CreatedAt } from "./columns.js";

export interface NotesTable {
  id: string;
  organization_id: string;
  action_id: string;
  author_agent_id: string;
  body: string;
  created_at: CreatedAt;
}
export type NoteRow = Selectable<NotesTable>;
export type NewNoteRow = Insertable<NotesTable>;
