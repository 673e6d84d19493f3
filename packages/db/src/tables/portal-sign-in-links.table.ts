import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Timestamp } from "./columns.js";

/** A single-use magic sign-in link for a contact; only the token's hash is stored. */
export interface PortalSignInLinksTable {
  id: string;
  organization_id: string;
  contact_id: string;
  token_hash: string;
  return_to: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}
export type PortalSignInLinkRow = Selectable<PortalSignInLinksTable>;
export type NewPortalSignInLinkRow = Insertable<PortalSignInLinksTable>;
