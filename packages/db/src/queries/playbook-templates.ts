import type { ActionTemplate, PlaybookDefinition, PlaybookTemplate } from "@trellis/domain";
import type { PlaybookTemplateRow } from "../tables/playbook-templates.table.js";
import type { TenantScope } from "../tenant-scope.js";
import { iso } from "./timestamps.js";

/** A template row as the domain type, with ISO timestamps. */
export function toPlaybookTemplate(row: PlaybookTemplateRow): PlaybookTemplate {
  return {
    id: row.id as PlaybookTemplate["id"],
    organizationId: row.organization_id as PlaybookTemplate["organizationId"],
    version: row.version,
    definition: row.definition,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export interface NewPlaybookTemplate {
  id: string;
  definition: PlaybookDefinition;
  at: Date;
}

/** Stores a new template at version 1; the definition must already be validated. */
export async function insertPlaybookTemplate(
  scope: TenantScope,
  template: NewPlaybookTemplate,
): Promise<PlaybookTemplateRow> {
  return scope.db
    .insertInto("playbook_templates")
    .values({
      id: template.id,
      organization_id: scope.organizationId,
      name: template.definition.name,
      definition: JSON.stringify(template.definition),
      created_at: template.at,
      updated_at: template.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One of the organization's templates, or undefined. */
export async function getPlaybookTemplate(
  scope: TenantScope,
  id: string,
): Promise<PlaybookTemplateRow | undefined> {
  return scope.db
    .selectFrom("playbook_templates")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Locks the template row so an instantiation reads one version while an edit waits (or the reverse). */
export async function getPlaybookTemplateForShare(
  scope: TenantScope,
  id: string,
): Promise<PlaybookTemplateRow | undefined> {
  return scope.db
    .selectFrom("playbook_templates")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", id)
    .forShare()
    .executeTakeFirst();
}

/** The organization's templates by name; definitions included (they are small and the list shows counts). */
export async function listPlaybookTemplates(scope: TenantScope): Promise<PlaybookTemplateRow[]> {
  return scope.db
    .selectFrom("playbook_templates")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .orderBy("name")
    .orderBy("id")
    .execute();
}

/**
 * Replaces a template's definition if it is still at `expectedVersion`, bumping the version. Returns undefined when
 * another edit got there first (or the template does not exist), so the caller can tell the two apart.
 */
export async function updatePlaybookTemplateDefinition(
  scope: TenantScope,
  change: { id: string; definition: PlaybookDefinition; expectedVersion: number; at: Date },
): Promise<PlaybookTemplateRow | undefined> {
  return scope.db
    .updateTable("playbook_templates")
    .set((eb) => ({
      name: change.definition.name,
      definition: JSON.stringify(change.definition),
      updated_at: change.at,
      version: eb("version", "+", 1),
    }))
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", change.id)
    .where("version", "=", change.expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/**
 * One action template of a playbook, by key: what the draft worker starts from (its `content` with
 * {{variables}}) when it drafts an action instantiated from that template.
 */
export async function getPlaybookTemplateAction(
  scope: TenantScope,
  templateId: string,
  actionKey: string,
): Promise<ActionTemplate | undefined> {
  const row = await getPlaybookTemplate(scope, templateId);
  if (!row) return undefined;
  for (const milestone of row.definition.milestones) {
    const action = milestone.actions.find((candidate) => candidate.key === actionKey);
    if (action) return action;
  }
  return undefined;
}

/** How many accounts each of these templates has been instantiated for. */
export async function countTemplateInstances(
  scope: TenantScope,
  templateIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map(templateIds.map((id) => [id, 0]));
  if (templateIds.length === 0) return counts;
  const rows = await scope.db
    .selectFrom("milestones")
    .select(["template_id", (eb) => eb.fn.count<string>("account_id").distinct().as("accounts")])
    .where("organization_id", "=", scope.organizationId)
    .where("template_id", "in", [...templateIds])
    .groupBy("template_id")
    .execute();
  for (const row of rows) if (row.template_id) counts.set(row.template_id, Number(row.accounts));
  return counts;
}
