import { type Kysely, sql } from "kysely";
import { APP_ROLE, ORGANIZATION_SETTING } from "../app-role.js";

/** The tenant tables this migration adds; each gets the tenant policy of 0001. */
export const HEALTH_TENANT_TABLES = ["health_snapshots"] as const;

/**
 * Health snapshots (SPEC §E): an account's health score at one instant with the per-indicator results that made it,
 * kept as history (weekly, 12 weeks shown). A computation without any data is not stored, so score and status are
 * never null; the workspace shows such an account as "Not scored".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table health_snapshots (
      id text primary key,
      organization_id text not null references organizations (id),
      account_id text not null references accounts (id),
      taken_at timestamptz not null,
      score integer not null check (score between 0 and 100),
      status text not null check (status in ('thriving', 'healthy', 'steady', 'struggling')),
      indicators jsonb not null,
      created_at timestamptz not null default now()
    );
    -- The latest snapshot of each listed account, and an account's history, newest first.
    create index health_snapshots_account_taken
      on health_snapshots (organization_id, account_id, taken_at desc);
  `.execute(db);

  for (const table of HEALTH_TENANT_TABLES) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = current_setting('${sql.raw(ORGANIZATION_SETTING)}', true))
        with check (organization_id = current_setting('${sql.raw(ORGANIZATION_SETTING)}', true));
      grant select, insert, update, delete on ${sql.table(table)} to ${sql.raw(APP_ROLE)};
    `.execute(db);
  }
}
