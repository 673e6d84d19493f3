import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Timestamp } from "./columns.js";

export interface ApiTokensTable {
  id: string;
  organization_id: string;
  agent_id: string;
  name: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type NewApiTokenRow = Insertable<ApiTokensTable>;
