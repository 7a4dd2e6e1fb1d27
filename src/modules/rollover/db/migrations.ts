import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const rolloverMigrations: MigrationDefinition[] = [
  {
    name: '20261207T0910-rollover-create-year-rollover',
    async up(db) {
      await sql`
        create table year_rollover (
          id uuid primary key default gen_random_uuid(),
          from_year integer not null check (from_year between 1900 and 2200),
          to_year integer not null check (to_year = from_year + 1),
          job_id uuid,
          started_by uuid not null,
          started_by_name text not null,
          finished_at timestamptz not null,
          created jsonb not null default '[]',
          changed jsonb not null default '[]',
          change_log_mark bigint not null,
          undone_at timestamptz,
          undone_by_name text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      // A year is started once; again only after the first was undone.
      await sql`create unique index year_rollover_active_key on year_rollover (from_year) where undone_at is null`.execute(
        db,
      );
    },
  },
];
