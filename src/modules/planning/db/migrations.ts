import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const planningMigrations: MigrationDefinition[] = [
  {
    name: '20261123T0703-planning-create-reporting-round',
    async up(db) {
      await sql`
        create table reporting_round (
          id uuid primary key default gen_random_uuid(),
          year integer not null check (year between 1900 and 2200),
          kind text not null check (kind in ('budget', 'april', 'august', 'october', 'closing')),
          name text not null check (btrim(name) <> ''),
          deadline date not null,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint reporting_round_year_kind_key unique (year, kind)
        )`.execute(db);
    },
  },
  {
    name: '20261206T0900-planning-round-closed',
    async up(db) {
      await sql`alter table reporting_round add column closed boolean not null default false`.execute(db);
    },
  },
];
