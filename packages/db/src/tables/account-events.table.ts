import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Json, Timestamp } from "./columns.js";

/** Something that happened on an account (SPEC §D events), e.g. `feedback.submitted` from the portal. */
export interface AccountEventsTable {
  id: string;
  organization_id: string;
  account_id: string;
  contact_id: string | null;
  type: string;
  payload: Json<Record<string, unknown>>;
  idempotency_key: string | null;
  occurred_at: Timestamp;
  received_at: CreatedAt;
}
export type AccountEventRow = Selectable<AccountEventsTable>;
export type NewAccountEventRow = Insertable<AccountEventsTable>;
