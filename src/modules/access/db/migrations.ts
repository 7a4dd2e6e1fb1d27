import { sql } from 'kysely';
import { LOCAL_ACTOR, ROLES } from '#core/actor.ts';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

/**
 * Users. Sign-in and roles come with the access issue; until then the local default user acts, and the
 * change log already names it, so nothing needs retrofitting.
 */
export const accessMigrations: MigrationDefinition[] = [
  {
    name: '20261123T0701-access-create-app-user',
    async up(db) {
      await sql`
        create table app_user (
          id uuid primary key default gen_random_uuid(),
          name text not null check (btrim(name) <> ''),
          email text unique,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`insert into app_user (id, name) values (${LOCAL_ACTOR.userId}, ${LOCAL_ACTOR.name})`.execute(
        db,
      );
    },
  },
  {
    // Sign-in: users get a sign-in name and a version; passwords, sessions and API tokens live in their own
    // tables (only hashes), and roles are granted per subtree of the organisation and span of years.
    name: '20261205T0900-access-sign-in-and-roles',
    async up(db) {
      await sql`
        alter table app_user
          add column username text,
          add column active boolean not null default true,
          add column version integer not null default 1`.execute(db);
      await sql`update app_user set username = 'lokal' where id = ${LOCAL_ACTOR.userId}`.execute(db);
      await sql`update app_user set username = 'anvandare-' || left(id::text, 8) where username is null`.execute(
        db,
      );
      await sql`alter table app_user alter column username set not null`.execute(db);
      await sql`alter table app_user add constraint app_user_username_key unique (username)`.execute(db);
      await sql`
        create table user_credential (
          user_id uuid primary key references app_user (id),
          password_hash text not null,
          must_change boolean not null default false,
          failed_sign_ins integer not null default 0,
          locked_until timestamptz,
          changed_at timestamptz not null default now()
        )`.execute(db);
      await sql`
        create table user_session (
          token_hash text primary key,
          user_id uuid not null references app_user (id),
          csrf_token text not null,
          created_at timestamptz not null default now(),
          last_seen_at timestamptz not null default now(),
          expires_at timestamptz not null
        )`.execute(db);
      await sql`create index user_session_user_idx on user_session (user_id)`.execute(db);
      await sql`
        create table api_token (
          id uuid primary key default gen_random_uuid(),
          user_id uuid not null references app_user (id),
          name text not null check (btrim(name) <> ''),
          token_hash text not null unique,
          created_at timestamptz not null default now(),
          created_by uuid not null references app_user (id),
          last_used_at timestamptz,
          revoked_at timestamptz
        )`.execute(db);
      await sql`
        create table role_grant (
          id uuid primary key default gen_random_uuid(),
          user_id uuid not null references app_user (id),
          role text not null check (role in (${sql.join(ROLES.map((role) => sql.lit(role)))})),
          org_unit_id uuid references org_unit (id),
          from_year integer,
          to_year integer,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint role_grant_years check (from_year is null or to_year is null or from_year <= to_year)
        )`.execute(db);
      await sql`create index role_grant_user_idx on role_grant (user_id)`.execute(db);
      await sql`create table access_setting (key text primary key, value text not null)`.execute(db);
    },
  },
  {
    // Sign-in through the municipality's identity provider: the provider's stable id of the person, and
    // whether a session was opened through it (a one-time password then does not stand in the way).
    name: '20261206T0920-access-oidc-subject',
    async up(db) {
      await sql`alter table app_user add column oidc_subject text`.execute(db);
      await sql`alter table app_user add constraint app_user_oidc_subject_key unique (oidc_subject)`.execute(
        db,
      );
      await sql`alter table user_session add column via_oidc boolean not null default false`.execute(db);
    },
  },
];
