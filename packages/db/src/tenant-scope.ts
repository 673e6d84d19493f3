import type { OrganizationId } from "@trellis/domain";
import { sql } from "kysely";
import { ORGANIZATION_SETTING } from "./app-role.js";
import type { TenantTransaction, TrellisDb } from "./database.js";

/** Who the queries run for: one organization, inside one transaction whose row-level security is set to it. */
export interface TenantScope {
  readonly organizationId: OrganizationId;
  readonly db: TenantTransaction;
}

/**
 * Runs `work` in a transaction bound to one organization: `set_config(…, true)` is `SET LOCAL`, so the setting
 * ends with the transaction and the tenant policies of every table filter on it. Query modules filter by
 * `scope.organizationId` too; row-level security is the backstop when one forgets.
 *
 * @example
 * const accounts = await withTenant(db, organizationId, (scope) => listAccounts(scope, { limit: 50 }));
 */
export async function withTenant<T>(
  db: TrellisDb,
  organizationId: OrganizationId,
  work: (scope: TenantScope) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config(${ORGANIZATION_SETTING}, ${organizationId}, true)`.execute(trx);
    return work({ organizationId, db: trx as TenantTransaction });
  });
}
