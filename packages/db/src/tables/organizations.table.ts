import type { Insertable, Selectable } from "kysely";
import type { CreatedAt } from "./columns.js";

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  created_at: CreatedAt;
}
export type OrganizationRow = Selectable<OrganizationsTable>;
export type NewOrganizationRow = Insertable<OrganizationsTable>;
