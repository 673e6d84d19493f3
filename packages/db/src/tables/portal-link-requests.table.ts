import type { Insertable, Selectable } from "kysely";
import type { Timestamp } from "./columns.js";

/** One request for a sign-in link, per address (lower-cased), across organizations: the rate limit's record. */
export interface PortalLinkRequestsTable {
  email: string;
  requested_at: Timestamp;
}
export type PortalLinkRequestRow = Selectable<PortalLinkRequestsTable>;
export type NewPortalLinkRequestRow = Insertable<PortalLinkRequestsTable>;
