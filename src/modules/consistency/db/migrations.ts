import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const consistencyMigrations: MigrationDefinition[] = [
  {
    name: '20261209T1000-consistency-create-finding-acknowledgement',
    async up(db) {
      await sql`
        create table finding_acknowledgement (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null check (year between 1900 and 2200),
          round_kind text check (round_kind in ('budget', 'april', 'august', 'october', 'closing')),
          rule_id text not null,
          finding_key text not null check (btrim(finding_key) <> ''),
          reason text not null check (btrim(reason) <> ''),
          acknowledged_by_id uuid not null,
          acknowledged_by_name text not null,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          -- One acknowledgement per finding: a frame's findings have no round, and null is one value here.
          constraint finding_acknowledgement_key unique nulls not distinct (org_unit_id, year, round_kind, finding_key)
        )`.execute(db);
    },
  },
];
