import { type Kysely, sql } from "kysely";
import { APP_ROLE } from "../app-role.js";

/**
 * Where better-auth keeps its four models (users, sessions, sign-in accounts, verification tokens): our table and
 * snake_case column names, handed to better-auth's `modelName` / `fields` options so its Kysely adapter reads and
 * writes exactly the tables created below. `auth_` keeps a sign-in account apart from a customer account.
 */
export const AUTH_TABLES = {
  user: {
    modelName: "auth_users",
    fields: { emailVerified: "email_verified", createdAt: "created_at", updatedAt: "updated_at" },
  },
  session: {
    modelName: "auth_sessions",
    fields: {
      expiresAt: "expires_at",
      createdAt: "created_at",
      updatedAt: "updated_at",
      ipAddress: "ip_address",
      userAgent: "user_agent",
      userId: "user_id",
    },
  },
  account: {
    modelName: "auth_accounts",
    fields: {
      accountId: "account_id",
      providerId: "provider_id",
      userId: "user_id",
      accessToken: "access_token",
      refreshToken: "refresh_token",
      idToken: "id_token",
      accessTokenExpiresAt: "access_token_expires_at",
      refreshTokenExpiresAt: "refresh_token_expires_at",
      createdAt: "created_at",
      updatedAt: "updated_at",
    },
  },
  verification: {
    modelName: "auth_verifications",
    fields: { expiresAt: "expires_at", createdAt: "created_at", updatedAt: "updated_at" },
  },
} as const;

/**
 * better-auth's tables. They hold people, not an organization's data, so they carry no tenant policy: a user signs
 * in before anyone knows their organization, and `trellis_agent_for_user` then leads from the user to their agent.
 * Agents are invited by email (a row in `agents` without a user): signing up with that email is what links them,
 * through the two security-definer functions below. `trellis_organization_id_by_slug` lets the demo seed tell
 * whether it already ran.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table auth_users (
      id text primary key,
      name text not null,
      email text not null unique,
      email_verified boolean not null,
      image text,
      created_at timestamptz not null default current_timestamp,
      updated_at timestamptz not null default current_timestamp
    );

    create table auth_sessions (
      id text primary key,
      expires_at timestamptz not null,
      token text not null unique,
      created_at timestamptz not null default current_timestamp,
      updated_at timestamptz not null,
      ip_address text,
      user_agent text,
      user_id text not null references auth_users (id) on delete cascade
    );
    create index auth_sessions_user_id_idx on auth_sessions (user_id);

    create table auth_accounts (
      id text primary key,
      account_id text not null,
      provider_id text not null,
      user_id text not null references auth_users (id) on delete cascade,
      access_token text,
      refresh_token text,
      id_token text,
      access_token_expires_at timestamptz,
      refresh_token_expires_at timestamptz,
      scope text,
      password text,
      created_at timestamptz not null default current_timestamp,
      updated_at timestamptz not null
    );
    create index auth_accounts_user_id_idx on auth_accounts (user_id);

    create table auth_verifications (
      id text primary key,
      identifier text not null,
      value text not null,
      expires_at timestamptz not null,
      created_at timestamptz not null default current_timestamp,
      updated_at timestamptz not null default current_timestamp
    );
    create index auth_verifications_identifier_idx on auth_verifications (identifier);

    grant select, insert, update, delete on auth_users, auth_sessions, auth_accounts, auth_verifications
      to ${sql.raw(APP_ROLE)};

    -- Agents are invited by email: signing up with that email is allowed and links the new user to the agent.
    create function trellis_invited_agent_exists(p_email text)
    returns boolean language sql stable security definer set search_path = public as $$
      select exists (select 1 from agents where user_id is null and lower(email) = lower(p_email));
    $$;

    create function trellis_link_agent_to_user(p_user_id text, p_email text)
    returns table (organization_id text, agent_id text)
    language sql security definer set search_path = public as $$
      update agents set user_id = p_user_id
      where id = (
        select id from agents where user_id is null and lower(email) = lower(p_email)
        order by created_at, id limit 1 for update
      )
      returning organization_id, id;
    $$;

    create function trellis_organization_id_by_slug(p_slug text)
    returns text language sql stable security definer set search_path = public as $$
      select id from organizations where slug = p_slug;
    $$;

    grant execute on function trellis_invited_agent_exists, trellis_link_agent_to_user,
      trellis_organization_id_by_slug to ${sql.raw(APP_ROLE)};
  `.execute(db);
}
