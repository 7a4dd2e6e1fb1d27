import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const assessmentsMigrations: MigrationDefinition[] = [
  {
    name: '20261123T0705-assessments-create-assessment',
    async up(db) {
      await sql`
        create table assessment (
          id uuid primary key default gen_random_uuid(),
          goal_id uuid not null references goal (id),
          reporting_round_id uuid not null references reporting_round (id),
          verdict text not null check (verdict in ('met', 'partlyMet', 'notMet', 'notAssessed')),
          basis text,
          results text[] not null default '{}',
          source text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint assessment_goal_round_key unique (goal_id, reporting_round_id)
        )`.execute(db);
      await sql`create index assessment_round_idx on assessment (reporting_round_id)`.execute(db);
    },
  },
];
