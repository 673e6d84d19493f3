import type { ActionContent, Actor, DraftOrigin } from "@trellis/domain";
import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Json } from "./columns.js";

export interface DraftsTable {
  id: string;
  organization_id: string;
  action_id: string;
  content: Json<ActionContent>;
  origin: DraftOrigin;
  provider: string | null;
  model: string | null;
  instructions: string | null;
  created_by: Json<Actor>;
  created_at: CreatedAt;
}
export type DraftRow = Selectable<DraftsTable>;
export type NewDraftRow = Insertable<DraftsTable>;
