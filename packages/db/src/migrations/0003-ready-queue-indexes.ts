import { type Kysely, sql } from "kysely";

/**
 * Indexes for the listing queries of the workspace: the Ready queue (each candidate account's ready actions,
 * read from the index alone), accounts paged by name and filtered by owner, template instances and
 * feedback, and an agent's notifications (unread first) with their unread count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The Ready queue ranks an account's ready actions from this index alone (state included, or PostgreSQL will
    -- not scan the index without the table).
    create index actions_ready_queue_account on actions (account_id)
      include (organization_id, id, type, state, due_at, ready_at)
      where state in ('ready', 'review_pending');
    create index accounts_org_name_id on accounts (organization_id, name, id);
    create index accounts_org_owner on accounts (organization_id, owner_agent_id);
    create index milestones_template on milestones (template_id, account_id) where template_id is not null;
    create index actions_template_key on actions (template_id, key) where template_id is not null;
    create index notifications_inbox
      on notifications (recipient_agent_id, (read_at is null) desc, created_at desc, id desc);
    create index notifications_unread on notifications (recipient_agent_id) where read_at is null;
  `.execute(db);
}
