import { type Kysely, sql } from "kysely";

/**
 * The scheduler fires a time trigger once: `triggered_at` is set when it fires, so a pending action whose draft is
 * still being generated is not handed out again on the next tick.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function trellis_due_triggers(p_now timestamptz, p_limit integer)
    returns table (organization_id text, action_id text)
    language sql security definer set search_path = public as $$
      select organization_id, id from actions
      where state = 'pending' and fires_at is not null and fires_at <= p_now and triggered_at is null
      order by fires_at, id
      limit p_limit;
    $$;

    drop index actions_due_triggers;
    create index actions_due_triggers on actions (fires_at)
      where state = 'pending' and fires_at is not null and triggered_at is null;
  `.execute(db);
}
