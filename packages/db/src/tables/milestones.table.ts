import type { Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, Generated, Timestamp } from "./columns.js";

export interface MilestonesTable {
  id: string;
  organization_id: string;
  account_id: string;
  template_id: string | null;
  key: string;
  name: string;
  description: Generated<string>;
  position: number;
  starts_at: Timestamp;
  completed_at: Timestamp | null;
  created_at: CreatedAt;
}
export type MilestoneRow = Selectable<MilestonesTable>;
export type NewMilestoneRow = Insertable<MilestonesTable>;
export type MilestoneUpdate = Updateable<MilestonesTable>;
