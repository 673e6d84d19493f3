import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Timestamp } from "./columns.js";

/** A contact's portal session; only the session token's hash is stored. */
export interface PortalSessionsTable {
  id: string;
  organization_id: string;
  contact_id: string;
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}
export type PortalSessionRow = Selectable<PortalSessionsTable>;
export type NewPortalSessionRow = Insertable<PortalSessionsTable>;
