/**
 * Template feedback (SPEC §B): for each action key of a playbook template, what agents did with the actions
 * instantiated from it, counted from the actions and their append-only history.
 */
import { sql } from "kysely";
import type { TenantScope } from "../tenant-scope.js";

export interface TemplateActionFeedbackRow {
  key: string;
  /** Actions instantiated from this template action. */
  instances: number;
  executed: number;
  /** Executed actions whose draft an agent edited before executing it. */
  edited_before_execute: number;
  /** Edits made before execution, over all instances. */
  edits_before_execute: number;
  skipped: number;
  /** Actions whose draft an agent asked to regenerate at least once. */
  regenerated: number;
  /** Regeneration requests over all instances. */
  regenerations: number;
}

/** Counts per action key for one template of the organization, keys in alphabetical order. */
export async function listTemplateActionFeedback(
  scope: TenantScope,
  templateId: string,
): Promise<TemplateActionFeedbackRow[]> {
  const rows = await scope.db
    .selectFrom("actions as a")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("action_history as h")
          .select([
            sql<string>`count(*) filter (where h.event->>'type' = 'edited' and h.at <= a.executed_at)`.as(
              "edits_before_execute",
            ),
            sql<string>`count(*) filter (where h.event->>'type' = 'regeneration_requested')`.as(
              "regenerations",
            ),
          ])
          .whereRef("h.action_id", "=", "a.id")
          .where("h.organization_id", "=", scope.organizationId)
          .as("h"),
      (join) => join.onTrue(),
    )
    .select([
      "a.key",
      sql<string>`count(*)`.as("instances"),
      sql<string>`count(*) filter (where a.executed_at is not null)`.as("executed"),
      sql<string>`count(*) filter (where h.edits_before_execute > 0)`.as("edited_before_execute"),
      sql<string>`coalesce(sum(h.edits_before_execute), 0)`.as("edits_before_execute"),
      sql<string>`count(*) filter (where a.state = 'skipped')`.as("skipped"),
      sql<string>`count(*) filter (where h.regenerations > 0)`.as("regenerated"),
      sql<string>`coalesce(sum(h.regenerations), 0)`.as("regenerations"),
    ])
    .where("a.organization_id", "=", scope.organizationId)
    .where("a.template_id", "=", templateId)
    .groupBy("a.key")
    .orderBy("a.key")
    .execute();
  return rows.map((row) => ({
    key: row.key,
    instances: Number(row.instances),
    executed: Number(row.executed),
    edited_before_execute: Number(row.edited_before_execute),
    edits_before_execute: Number(row.edits_before_execute),
    skipped: Number(row.skipped),
    regenerated: Number(row.regenerated),
    regenerations: Number(row.regenerations),
  }));
}
