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
];
