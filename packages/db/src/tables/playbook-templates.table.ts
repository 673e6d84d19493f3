import type { PlaybookDefinition } from "@trellis/domain";
import type { Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, Generated, Json, Timestamp } from "./columns.js";

export interface PlaybookTemplatesTable {
  id: string;
  organization_id: string;
  name: string;
  version: Generated<number>;
  definition: Json<PlaybookDefinition>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
export type PlaybookTemplateRow = Selectable<PlaybookTemplatesTable>;
export type NewPlaybookTemplateRow = Insertable<PlaybookTemplatesTable>;
export type PlaybookTemplateUpdate = Updateable<PlaybookTemplatesTable>;
