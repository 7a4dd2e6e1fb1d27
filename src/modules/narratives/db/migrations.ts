import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const narrativesMigrations: MigrationDefinition[] = [
  {
    name: '20261202T1800-narratives-create-narrative-text',
    async up(db) {
      await sql`
        create table narrative_text (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          reporting_round_id uuid not null references reporting_round (id),
          key text not null,
          body text,
          responsible_user_id uuid references app_user (id),
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint narrative_text_unit_round_key unique (org_unit_id, reporting_round_id, key)
        )`.execute(db);
      await sql`create index narrative_text_round_idx on narrative_text (reporting_round_id)`.execute(db);
    },
  },
];
