import type { CustomFields } from "@trellis/domain";
import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Generated, Json } from "./columns.js";

export interface ContactsTable {
  id: string;
  organization_id: string;
  account_id: string;
  first_name: string;
  last_name: Generated<string>;
  email: string;
  title: string | null;
  is_primary: Generated<boolean>;
  custom_fields: Json<CustomFields>;
  created_at: CreatedAt;
}
export type ContactRow = Selectable<ContactsTable>;
export type NewContactRow = Insertable<ContactsTable>;
