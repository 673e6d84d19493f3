import type { AccountId, ActionState, PlaybookDefinition } from "@trellis/domain";
import type { ActionRow } from "../tables/actions.table.js";
import type { MilestoneRow } from "../tables/milestones.table.js";
import type { TenantScope } from "../tenant-scope.js";

/** An account's milestones in their order. */
export async function listAccountMilestones(
  scope: TenantScope,
  accountId: AccountId,
): Promise<MilestoneRow[]> {
  return scope.db
    .selectFrom("milestones")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "=", accountId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

/** An account's actions, optionally only those in some states; the caller orders them within their milestones. */
export async function listAccountActions(
  scope: TenantScope,
  accountId: AccountId,
  states: readonly ActionState[] | null,
): Promise<ActionRow[]> {
  let query = scope.db
    .selectFrom("actions")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("account_id", "=", accountId);
  if (states) {
    if (states.length === 0) return [];
    query = query.where("state", "in", [...states]);
  }
  return query.orderBy("created_at").orderBy("id").execute();
}

/** The definitions of some templates, by id: where template actions take their order from. */
export async function getTemplateDefinitions(
  scope: TenantScope,
  templateIds: readonly string[],
): Promise<Map<string, PlaybookDefinition>> {
  if (templateIds.length === 0) return new Map();
  const rows = await scope.db
    .selectFrom("playbook_templates")
    .select(["id", "definition"])
    .where("organization_id", "=", scope.organizationId)
    .where("id", "in", [...templateIds])
    .execute();
  return new Map(rows.map((row) => [row.id, row.definition]));
}
