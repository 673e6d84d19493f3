import { type Kysely, sql } from "kysely";
import { APP_ROLE, ORGANIZATION_SETTING } from "../app-role.js";

/** The portal's tables that hold an organization's data; each gets the tenant policy. */
export const PORTAL_TENANT_TABLES = [
  "portal_sign_in_links",
  "portal_sessions",
  "form_submissions",
  "document_uploads",
  "meeting_bookings",
  "account_events",
] as const;

/**
 * The customer portal (SPEC §F): contacts sign in with single-use magic links and hold sessions; what they send
 * back (form answers, uploaded documents, meeting bookings) is stored beside the action it answers; feedback and NPS
 * are account events (the workflows read them later). Sign-in mail goes through the outbox like every other
 * message, so an outbox row no longer always belongs to an action.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table portal_sign_in_links (
      id text primary key,
      organization_id text not null references organizations (id),
      contact_id text not null references contacts (id),
      token_hash text not null unique,
      -- Where the contact lands after signing in, e.g. the action the link was sent for.
      return_to text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create index portal_sign_in_links_contact on portal_sign_in_links (organization_id, contact_id, created_at);

    create table portal_sessions (
      id text primary key,
      organization_id text not null references organizations (id),
      contact_id text not null references contacts (id),
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    );

    -- Sign-in link requests per address, across organizations (an address is not yet a contact of any tenant).
    create table portal_link_requests (
      email text not null,
      requested_at timestamptz not null
    );
    create index portal_link_requests_email on portal_link_requests (email, requested_at);

    create table form_submissions (
      id text primary key,
      organization_id text not null references organizations (id),
      action_id text not null unique references actions (id),
      contact_id text not null references contacts (id),
      answers jsonb not null,
      submitted_at timestamptz not null
    );

    create table document_uploads (
      id text primary key,
      organization_id text not null references organizations (id),
      action_id text not null references actions (id),
      contact_id text not null references contacts (id),
      document_key text not null,
      file_name text not null,
      content_type text not null,
      size_bytes bigint not null,
      sha256 text not null,
      storage_key text not null unique,
      uploaded_at timestamptz not null
    );
    create index document_uploads_action on document_uploads (organization_id, action_id, document_key);

    create table meeting_bookings (
      id text primary key,
      organization_id text not null references organizations (id),
      action_id text not null unique references actions (id),
      contact_id text not null references contacts (id),
      starts_at timestamptz not null,
      duration_minutes integer not null,
      booked_at timestamptz not null
    );

    create table account_events (
      id text primary key,
      organization_id text not null references organizations (id),
      account_id text not null references accounts (id),
      contact_id text references contacts (id),
      type text not null,
      payload jsonb not null,
      -- Set by the sender; the same key twice is the same event.
      idempotency_key text,
      occurred_at timestamptz not null,
      received_at timestamptz not null default now(),
      unique (organization_id, idempotency_key)
    );
    create index account_events_account on account_events (organization_id, account_id, occurred_at desc);

    alter table outbox alter column action_id drop not null;

    grant select, insert, delete on portal_link_requests to ${sql.raw(APP_ROLE)};
  `.execute(db);

  for (const table of PORTAL_TENANT_TABLES) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (organization_id = current_setting('${sql.raw(ORGANIZATION_SETTING)}', true))
        with check (organization_id = current_setting('${sql.raw(ORGANIZATION_SETTING)}', true));
      grant select, insert, update, delete on ${sql.table(table)} to ${sql.raw(APP_ROLE)};
    `.execute(db);
  }

  // The cross-tenant steps of portal sign-in, like the agents' in 0002: an address or a token names no tenant yet.
  await sql`
    create function trellis_contacts_for_email(p_email text)
    returns table (organization_id text, contact_id text)
    language sql security definer set search_path = public as $$
      select organization_id, id from contacts where lower(email) = lower(p_email) order by organization_id, id;
    $$;

    -- Consumes a sign-in link and opens a session in one statement. Outcome: 'ok' (session created), 'used' or
    -- 'expired'; no row for an unknown token. A concurrent second use waits for the first and sees 'used'.
    create function trellis_portal_sign_in(
      p_link_hash text, p_session_id text, p_session_hash text, p_now timestamptz, p_session_expires timestamptz
    )
    returns table (organization_id text, contact_id text, return_to text, outcome text)
    language plpgsql security definer set search_path = public as $$
    declare
      link portal_sign_in_links%rowtype;
    begin
      select * into link from portal_sign_in_links l where l.token_hash = p_link_hash for update;
      if not found then return; end if;
      if link.used_at is not null then
        return query select link.organization_id, link.contact_id, link.return_to, 'used'::text;
        return;
      end if;
      if link.expires_at <= p_now then
        return query select link.organization_id, link.contact_id, link.return_to, 'expired'::text;
        return;
      end if;
      update portal_sign_in_links set used_at = p_now where id = link.id;
      insert into portal_sessions (id, organization_id, contact_id, token_hash, created_at, expires_at)
        values (p_session_id, link.organization_id, link.contact_id, p_session_hash, p_now, p_session_expires);
      return query select link.organization_id, link.contact_id, link.return_to, 'ok'::text;
    end;
    $$;

    create function trellis_contact_for_portal_session(p_session_hash text, p_now timestamptz)
    returns table (organization_id text, contact_id text, account_id text)
    language sql security definer set search_path = public as $$
      select s.organization_id, s.contact_id, c.account_id
      from portal_sessions s join contacts c on c.id = s.contact_id
      where s.token_hash = p_session_hash and s.revoked_at is null and s.expires_at > p_now;
    $$;

    grant execute on function trellis_contacts_for_email, trellis_portal_sign_in, trellis_contact_for_portal_session
      to ${sql.raw(APP_ROLE)};
  `.execute(db);
}
