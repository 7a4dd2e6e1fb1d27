import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

const timestamps = sql`
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()`;

export const assignmentsMigrations: MigrationDefinition[] = [
  {
    name: '20261207T1000-assignments-create-tables',
    async up(db) {
      await sql`
        create table strategic_assignment (
          id uuid primary key default gen_random_uuid(),
          year integer not null check (year between 1900 and 2200),
          kind text not null check (kind in ('common', 'board', 'administration', 'additional')),
          number text,
          text text not null check (btrim(text) <> ''),
          decision text,
          report_back_date date,
          report_back_text text,
          carried_from_id uuid references strategic_assignment (id),
          sort_order integer not null default 0,
          source text,
          ${timestamps},
          -- Carried once: running the year rollover twice copies nothing new.
          constraint strategic_assignment_carried_key unique (carried_from_id)
        )`.execute(db);
      await sql`create index strategic_assignment_year_idx on strategic_assignment (year, kind, sort_order)`.execute(
        db,
      );
      await sql`
        create table assignment_recipient (
          id uuid primary key default gen_random_uuid(),
          assignment_id uuid not null references strategic_assignment (id),
          org_unit_id uuid not null references org_unit (id),
          response text,
          goal_area_id uuid references goal_area (id),
          source text,
          ${timestamps},
          constraint assignment_recipient_key unique (assignment_id, org_unit_id)
        )`.execute(db);
      await sql`create index assignment_recipient_unit_idx on assignment_recipient (org_unit_id)`.execute(db);
      await sql`
        create table assignment_status (
          id uuid primary key default gen_random_uuid(),
          recipient_id uuid not null references assignment_recipient (id),
          reporting_round_id uuid not null references reporting_round (id),
          status text not null check (status in ('notStarted', 'inProgress', 'done', 'notApplicable')),
          comment text,
          source text,
          ${timestamps},
          constraint assignment_status_key unique (recipient_id, reporting_round_id)
        )`.execute(db);
    },
  },
];
