import { sql } from 'kysely';
import { LOCAL_ACTOR } from '#core/actor.ts';
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
];
