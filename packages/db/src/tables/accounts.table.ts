import type { CustomFields, RiskLevel } from "@trellis/domain";
import type { ColumnType, Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, Json, Timestamp } from "./columns.js";

export interface AccountsTable {
  id: string;
  organization_id: string;
  name: string;
  domains: ColumnType<string[], string[] | undefined, string[]>;
  arr_minor: number;
  arr_currency: string;
  risk: RiskLevel;
  owner_agent_id: string | null;
  started_at: Timestamp;
  custom_fields: Json<CustomFields>;
  created_at: CreatedAt;
}
export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
