import type { Organization } from "@trellis/domain";
import { sql } from "kysely";
import type { TrellisDb } from "../database.js";

/** Creates a tenant. Runs outside any tenant scope, through the one function allowed to. */
export async function createOrganization(
  db: TrellisDb,
  organization: Pick<Organization, "id" | "name" | "slug">,
) {
  await sql`select trellis_create_organization(${organization.id}, ${organization.name}, ${organization.slug})`.execute(
    db,
  );
}
