import { type Kysely, sql } from "kysely";
import { APP_ROLE, ORGANIZATION_SETTING } from "../app-role.js";

/** Tables holding an organization's data; each gets the tenant policy. */
export const TENANT_TABLES = [
  "agents",
  "accounts",
  "contacts",
  "playbook_templates",
  "milestones",
  "actions",
  "drafts",
  "notes",
  "action_history",
  "notifications",
  "outbox",
  "jobs",
  "mailbox",
  "api_tokens",
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${sql.raw(APP_ROLE)}') then
        create role ${sql.raw(APP_ROLE)} nologin;
      end if;
    end $$;
    grant ${sql.raw(APP_ROLE)} to current_user;

    create table organizations (
      id text primary key,
      name text not null,
      slug text not null unique,
      created_at timestamptz not null default now()
    );

    create table agents (
      id text primary key,
      organization_id text not null references organizations (id),
      user_id text unique,
      name text not null,
      email text not null,
      role text not null check (role in ('agent', 'admin')),
      time_zone text not null default 'UTC',
      created_at timestamptz not null default now(),
      unique (organization_id, email)
    );

    create table accounts (
      id text primary key,
      organization_id text not null references organizations (id),
      name text not null,
      domains text[] not null default '{}',
      arr_minor bigint not null,
      arr_currency char(3) not null,
      risk text not null check (risk in ('low', 'medium', 'high', 'critical')),
      owner_agent_id text references agents (id),
      started_at timestamptz not null,
      custom_fields jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create index accounts_org_name on accounts (organization_id, name);

    create table contacts (
      id text primary key,
      organization_id text not null references organizations (id),
      account_id text not null references accounts (id),
      first_name text not null,
      last_name text not null default '',
      email text not null,
      title text,
      is_primary boolean not null default false,
      custom_fields jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create index contacts_account on contacts (account_id);
    create unique index contacts_account_email on contacts (account_id, lower(email));

    create table playbook_templates (
      id text primary key,
      organization_id text not null references organizations (id),
      name text not null,
      version integer not null default 1,
      definition jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index playbook_templates_org on playbook_templates (organization_id, name);

    create table milestones (
      id text primary key,
      organization_id text not null references organizations (id),
      account_id text not null references accounts (id),
      template_id text references playbook_templates (id),
      key text not null,
      name text not null,
      description text not null default '',
      position integer not null,
      starts_at timestamptz not null,
      completed_at timestamptz,
      created_at timestamptz not null default now(),
      unique (account_id, key)
    );
    create index milestones_account on milestones (account_id, position);

    create table actions (
      id text primary key,
      organization_id text not null references organizations (id),
      account_id text not null references accounts (id),
      milestone_id text not null references milestones (id),
      template_id text references playbook_templates (id),
      key text not null,
      name text not null,
      type text not null check (type in ('email', 'form', 'document', 'meeting', 'slack', 'manual')),
      purpose text not null default '',
      state text not null check (state in ('pending', 'ready', 'review_pending', 'executed', 'completed', 'skipped')),
      trigger jsonb not null,
      fires_at timestamptz,
      blocker boolean not null default false,
      custom boolean not null default false,
      due_at timestamptz,
      triggered_at timestamptz,
      ready_at timestamptz,
      current_draft_id text,
      draft_failure_reason text,
      draft_failure_at timestamptz,
      executed_at timestamptz,
      execute_idempotency_key text,
      completed_at timestamptz,
      skip_reason text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (account_id, key)
    );
    create index actions_account_milestone on actions (account_id, milestone_id);
    create index actions_org_state on actions (organization_id, state);
    -- The Ready queue: an organization's ready and review_pending actions.
    create index actions_ready_queue on actions (organization_id, due_at, id)
      where state in ('ready', 'review_pending');
    -- The scheduler: pending actions whose time trigger is due.
    create index actions_due_triggers on actions (fires_at) where state = 'pending' and fires_at is not null;

    create table drafts (
      id text primary key,
      organization_id text not null references organizations (id),
      action_id text not null references actions (id),
      content jsonb not null,
      origin text not null check (origin in ('generated', 'regenerated', 'edited', 'written')),
      provider text,
      model text,
      instructions text,
      created_by jsonb not null,
      created_at timestamptz not null default now()
    );
    create index drafts_action on drafts (action_id, created_at);

    create table notes (
      id text primary key,
      organization_id text not null references organizations (id),
      action_id text not null references actions (id),
      author_agent_id text not null references agents (id),
      body text not null,
      created_at timestamptz not null default now()
    );
    create index notes_action on notes (action_id, created_at);

    create table action_history (
      id text primary key,
      organization_id text not null references organizations (id),
      action_id text not null references actions (id),
      at timestamptz not null,
      actor jsonb not null,
      from_state text not null,
      to_state text not null,
      event jsonb not null
    );
    create index action_history_action on action_history (action_id, at, id);

    create table notifications (
      id text primary key,
      organization_id text not null references organizations (id),
      recipient_agent_id text not null references agents (id),
      kind text not null,
      account_id text not null references accounts (id),
      action_id text references actions (id),
      title text not null,
      body text not null default '',
      created_at timestamptz not null default now(),
      read_at timestamptz
    );
    create index notifications_recipient on notifications (recipient_agent_id, created_at desc);

    -- Deliveries requested by executed actions, written in the same transaction as the execution.
    create table outbox (
      id text primary key,
      organization_id text not null references organizations (id),
      action_id text not null references actions (id),
      channel text not null check (channel in ('email', 'slack', 'portal', 'none')),
      idempotency_key text not null unique,
      message_id text not null unique,
      payload jsonb not null,
      status text not null default 'pending'
        check (status in ('pending', 'sending', 'sent', 'failed')),
      outcome_unknown boolean not null default false,
      attempts integer not null default 0,
      max_attempts integer not null default 5,
      next_attempt_at timestamptz not null default now(),
      claimed_by text,
      lease_until timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index outbox_claimable on outbox (next_attempt_at) where status in ('pending', 'sending');

    -- Background work other than delivery: draft generation, trigger evaluation.
    create table jobs (
      id text primary key,
      organization_id text not null references organizations (id),
      kind text not null,
      dedupe_key text,
      payload jsonb not null,
      status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
      attempts integer not null default 0,
      max_attempts integer not null default 5,
      run_at timestamptz not null default now(),
      claimed_by text,
      lease_until timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index jobs_claimable on jobs (run_at) where status in ('pending', 'running');
    create unique index jobs_dedupe on jobs (dedupe_key) where status in ('pending', 'running');

    -- The dev mailbox: emails "sent" when no SMTP server is configured.
    create table mailbox (
      id text primary key,
      organization_id text not null references organizations (id),
      message_id text not null unique,
      outbox_id text references outbox (id),
      sender text not null,
      recipients jsonb not null,
      subject text not null,
      html text not null,
      text text not null,
      created_at timestamptz not null default now()
    );
    create index mailbox_org on mailbox (organization_id, created_at desc);

    create table api_tokens (
      id text primary key,
      organization_id text not null references organizations (id),
      agent_id text not null references agents (id),
      name text not null,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
  `.execute(db);

  for (const table of TENANT_TABLES) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = current_setting('${sql.raw(ORGANIZATION_SETTING)}', true))
        with check (organization_id = current_setting('${sql.raw(ORGANIZATION_SETTING)}', true));
      grant select, insert, update, delete on ${sql.table(table)} to ${sql.raw(APP_ROLE)};
    `.execute(db);
  }
  await sql`
    alter table organizations enable row level security;
    create policy tenant_isolation on organizations
      using (id = current_setting('${sql.raw(ORGANIZATION_SETTING)}', true));
    grant select on organizations to ${sql.raw(APP_ROLE)};
  `.execute(db);
}
