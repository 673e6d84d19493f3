import { type Kysely, sql } from "kysely";
import { APP_ROLE } from "../app-role.js";

/**
 * The only ways across tenants. The application role sees one organization at a time; these functions run as
 * their owner (security definer) for the few jobs that must look at every organization: the worker claiming
 * deliveries and jobs, the scheduler finding due triggers, and sign-in resolving a user or a token to its agent,
 * and creating an organization.
 * Each returns the organization id so the caller continues inside that tenant.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function trellis_claim_outbox(p_worker text, p_batch integer, p_lease_seconds integer, p_now timestamptz)
    returns setof outbox language sql security definer set search_path = public as $$
      update outbox o set
        status = 'sending',
        -- A lease that ran out while sending means the send may or may not have happened.
        outcome_unknown = o.outcome_unknown or o.status = 'sending',
        claimed_by = p_worker,
        lease_until = p_now + make_interval(secs => p_lease_seconds),
        attempts = o.attempts + 1
      where o.id in (
        select id from outbox
        where (status = 'pending' and next_attempt_at <= p_now)
           or (status = 'sending' and lease_until < p_now)
        order by next_attempt_at, id
        limit p_batch
        for update skip locked
      )
      returning o.*;
    $$;

    create function trellis_claim_jobs(p_worker text, p_batch integer, p_lease_seconds integer, p_now timestamptz)
    returns setof jobs language sql security definer set search_path = public as $$
      update jobs j set
        status = 'running',
        claimed_by = p_worker,
        lease_until = p_now + make_interval(secs => p_lease_seconds),
        attempts = j.attempts + 1
      where j.id in (
        select id from jobs
        where (status = 'pending' and run_at <= p_now)
           or (status = 'running' and lease_until < p_now)
        order by run_at, id
        limit p_batch
        for update skip locked
      )
      returning j.*;
    $$;

    create function trellis_due_triggers(p_now timestamptz, p_limit integer)
    returns table (organization_id text, action_id text)
    language sql security definer set search_path = public as $$
      select organization_id, id from actions
      where state = 'pending' and fires_at is not null and fires_at <= p_now
      order by fires_at, id
      limit p_limit;
    $$;

    create function trellis_agent_for_user(p_user_id text)
    returns table (organization_id text, agent_id text)
    language sql security definer set search_path = public as $$
      select organization_id, id from agents where user_id = p_user_id;
    $$;

    create function trellis_agent_for_token(p_token_hash text, p_now timestamptz)
    returns table (organization_id text, agent_id text)
    language sql security definer set search_path = public as $$
      update api_tokens set last_used_at = p_now
      where token_hash = p_token_hash and revoked_at is null
      returning organization_id, agent_id;
    $$;

    -- Creating a tenant is the one write outside any tenant.
    create function trellis_create_organization(p_id text, p_name text, p_slug text)
    returns void language sql security definer set search_path = public as $$
      insert into organizations (id, name, slug) values (p_id, p_name, p_slug);
    $$;

    grant execute on function trellis_create_organization, trellis_claim_outbox, trellis_claim_jobs, trellis_due_triggers,
      trellis_agent_for_user, trellis_agent_for_token to ${sql.raw(APP_ROLE)};
  `.execute(db);
}
