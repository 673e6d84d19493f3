import type { Contact } from "@trellis/domain";
import type { ContactRow } from "../tables/contacts.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id as Contact["id"],
    organizationId: row.organization_id as Contact["organizationId"],
    accountId: row.account_id as Contact["accountId"],
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    title: row.title,
    isPrimary: row.is_primary,
    customFields: row.custom_fields,
    createdAt: iso(row.created_at),
  };
}

/** The account's contacts, primary contact first. */
export async function listContacts(scope: TenantScope, accountId: string): Promise<ContactRow[]> {
  return scope.db
    .selectFrom("contacts")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "=", accountId)
    .orderBy("is_primary", "desc")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}
