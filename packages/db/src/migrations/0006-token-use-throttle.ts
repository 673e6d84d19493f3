import { type Kysely, sql } from "kysely";

/**
 * Resolving an API token no longer writes on every request: `last_used_at` is recorded when it is unset or more
 * than a minute old, so a busy script costs one write a minute instead of one per call. Same signature.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function trellis_agent_for_token(p_token_hash text, p_now timestamptz)
    returns table (organization_id text, agent_id text)
    language plpgsql security definer set search_path = public as $$
    begin
      update api_tokens set last_used_at = p_now
      where token_hash = p_token_hash and revoked_at is null
        and (last_used_at is null or last_used_at < p_now - interval '1 minute');
      return query
        select t.organization_id, t.agent_id from api_tokens t
        where t.token_hash = p_token_hash and t.revoked_at is null;
    end $$;
  `.execute(db);
}
