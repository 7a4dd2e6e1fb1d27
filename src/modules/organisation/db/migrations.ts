import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const organisationMigrations: MigrationDefinition[] = [
  {
    name: '20261123T0702-organisation-create-org-unit',
    async up(db) {
      await sql`
        create table org_unit (
          id uuid primary key default gen_random_uuid(),
          code text not null constraint org_unit_code_key unique,
          name text not null check (btrim(name) <> ''),
          kind text not null check (kind in
            ('municipality', 'council', 'executiveBoard', 'board', 'administration', 'division', 'unit')),
          parent_id uuid references org_unit (id),
          valid_from date not null,
          valid_to date,
          sort_order integer not null default 0,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          check (valid_to is null or valid_to >= valid_from),
          check (parent_id is null or parent_id <> id)
        )`.execute(db);
      await sql`create index org_unit_parent_idx on org_unit (parent_id)`.execute(db);
    },
  },
  {
    name: '20261207T0900-organisation-create-org-unit-succession',
    async up(db) {
      await sql`
        create table org_unit_succession (
          id uuid primary key default gen_random_uuid(),
          predecessor_id uuid not null references org_unit (id),
          successor_id uuid not null references org_unit (id),
          effective_from date not null,
          decision_ref text,
          note text,
          source text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint org_unit_succession_pair_key unique (predecessor_id, successor_id),
          constraint org_unit_succession_not_itself check (predecessor_id <> successor_id)
        )`.execute(db);
      await sql`create index org_unit_succession_successor_idx on org_unit_succession (successor_id)`.execute(
        db,
      );
    },
  },
];
