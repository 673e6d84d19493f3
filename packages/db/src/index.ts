/**
 * @trellis/db: the schema (Kysely types and forward-only migrations), the two dialects (PGlite embedded,
 * PostgreSQL), tenant scoping with row-level security, and the query modules.
 */
export { APP_ROLE, ORGANIZATION_SETTING } from "./app-role.js";
export type { Database, TenantTransaction, TrellisDb } from "./database.js";
export { migrateToLatest } from "./migrate.js";
export { TENANT_TABLES } from "./migrations/0001-core-schema.js";
export { type DatabaseConfig, type OpenDatabase, openDatabase } from "./open-database.js";
export * from "./queries/accounts.js";
export * from "./queries/action-history.js";
export * from "./queries/actions.js";
export * from "./queries/agents.js";
export * from "./queries/contacts.js";
export * from "./queries/drafts.js";
export * from "./queries/jobs.js";
export * from "./queries/milestones.js";
export * from "./queries/notifications.js";
export { createOrganization } from "./queries/organizations.js";
export * from "./queries/outbox.js";
export * from "./queries/playbook-instances.js";
export * from "./queries/playbook-templates.js";
export { iso } from "./queries/timestamps.js";
export type * from "./tables/accounts.table.js";
export type * from "./tables/action-history.table.js";
export type * from "./tables/actions.table.js";
export type * from "./tables/agents.table.js";
export type * from "./tables/api-tokens.table.js";
export type * from "./tables/contacts.table.js";
export type * from "./tables/drafts.table.js";
export type * from "./tables/jobs.table.js";
export type * from "./tables/mailbox.table.js";
export type * from "./tables/milestones.table.js";
export type * from "./tables/notes.table.js";
export type * from "./tables/notifications.table.js";
export type * from "./tables/organizations.table.js";
export type * from "./tables/outbox.table.js";
export type * from "./tables/playbook-templates.table.js";
export { type TenantScope, withTenant } from "./tenant-scope.js";
