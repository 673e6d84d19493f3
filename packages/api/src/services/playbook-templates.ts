/**
 * Authoring playbook templates: definitions are validated by `playbookDefinitionSchema` (so a template that code
 * or an admin saves is one the platform can instantiate), and edits use optimistic concurrency on `version`.
 */
import {
  countTemplateInstances,
  getPlaybookTemplate,
  insertPlaybookTemplate,
  listPlaybookTemplates,
  type TenantScope,
  toPlaybookTemplate,
  updatePlaybookTemplateDefinition,
} from "@trellis/db";
import {
  newId,
  type PlaybookDefinition,
  type PlaybookTemplate,
  playbookDefinitionSchema,
} from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { DomainFailure, notFound } from "../domain-failure.js";

/**
 * Saves a new template at version 1. The definition is parsed again here, so callers other than the router (seed,
 * SDK) cannot store one that breaks the playbook rules; a bad one throws the `ZodError` with every issue.
 *
 * @example
 * const template = await withTenant(db, organizationId, (scope) => createPlaybookTemplate(deps, scope, playbook));
 */
export async function createPlaybookTemplate(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  definition: PlaybookDefinition,
): Promise<PlaybookTemplate> {
  const parsed = playbookDefinitionSchema.parse(definition);
  const row = await insertPlaybookTemplate(scope, {
    id: newId("playbookTemplate"),
    definition: parsed,
    at: deps.clock.now(),
  });
  return toPlaybookTemplate(row);
}

/**
 * Replaces a template's definition when it is still at `expectedVersion` and bumps the version; otherwise
 * `CONFLICT` (someone saved in between: reload and edit again). Accounts already instantiated keep their actions.
 */
export async function updatePlaybookTemplate(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  change: { id: string; definition: PlaybookDefinition; expectedVersion: number },
): Promise<PlaybookTemplate> {
  const parsed = playbookDefinitionSchema.parse(change.definition);
  const row = await updatePlaybookTemplateDefinition(scope, {
    id: change.id,
    definition: parsed,
    expectedVersion: change.expectedVersion,
    at: deps.clock.now(),
  });
  if (row) return toPlaybookTemplate(row);
  const current = await getPlaybookTemplate(scope, change.id);
  if (!current) throw notFound("The playbook template");
  throw new DomainFailure({
    code: "CONFLICT",
    message: `The template was changed by someone else (now version ${current.version}, you edited version ${change.expectedVersion}); reload it and apply your edit again`,
  });
}

export interface PlaybookTemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly version: number;
  readonly milestoneCount: number;
  readonly actionCount: number;
  /** Accounts the template has been instantiated for. */
  readonly accountCount: number;
  readonly updatedAt: string;
}

/** The organization's templates by name, with their size and how many accounts use them. */
export async function listPlaybookTemplateSummaries(scope: TenantScope): Promise<PlaybookTemplateSummary[]> {
  const rows = await listPlaybookTemplates(scope);
  const accounts = await countTemplateInstances(
    scope,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.definition.name,
    description: row.definition.description,
    version: row.version,
    milestoneCount: row.definition.milestones.length,
    actionCount: row.definition.milestones.reduce((sum, milestone) => sum + milestone.actions.length, 0),
    accountCount: accounts.get(row.id) ?? 0,
    updatedAt: row.updated_at.toISOString(),
  }));
}

/** One template with its full definition and how many accounts use it; `NOT_FOUND` for any other id. */
export async function getPlaybookTemplateDetails(
  scope: TenantScope,
  templateId: string,
): Promise<PlaybookTemplate & { readonly accountCount: number }> {
  const row = await getPlaybookTemplate(scope, templateId);
  if (!row) throw notFound("The playbook template");
  const accounts = await countTemplateInstances(scope, [row.id]);
  return { ...toPlaybookTemplate(row), accountCount: accounts.get(row.id) ?? 0 };
}
