import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

const timestamps = sql`
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()`;

export const activitiesMigrations: MigrationDefinition[] = [
  {
    name: '20261207T0900-activities-create',
    async up(db) {
      await sql`
        create table activity (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null check (year between 1900 and 2200),
          goal_id uuid not null references goal (id),
          text text not null check (btrim(text) <> ''),
          responsible_unit_id uuid not null references org_unit (id),
          completion_kind text not null
            check (completion_kind in ('date', 'month', 'quarter', 'tertial', 'ongoing')),
          completion_year integer check (completion_year between 1900 and 2200),
          completion_number smallint,
          completion_date date,
          sort_order integer not null default 0,
          carried_from_id uuid references activity (id),
          source text,
          ${timestamps},
          -- One copy per activity carried over: carrying twice finds the first.
          constraint activity_carried_from_key unique (carried_from_id),
          constraint activity_completion_check check (
            case completion_kind
              when 'date' then completion_date is not null and completion_year is null
                and completion_number is null
              when 'ongoing' then completion_date is null and completion_year is null
                and completion_number is null
              when 'month' then completion_date is null and completion_number between 1 and 12
              when 'quarter' then completion_date is null and completion_number between 1 and 4
              else completion_date is null and completion_number between 1 and 3 end)
        )`.execute(db);
      await sql`create index activity_unit_year_idx on activity (org_unit_id, year)`.execute(db);
      await sql`create index activity_goal_idx on activity (goal_id)`.execute(db);
      await sql`
        create table activity_status (
          id uuid primary key default gen_random_uuid(),
          activity_id uuid not null references activity (id),
          reporting_round_id uuid not null references reporting_round (id),
          status text not null check (status in ('notStarted', 'inProgress', 'done', 'notDone')),
          comment text,
          source text,
          ${timestamps},
          constraint activity_status_round_key unique (activity_id, reporting_round_id)
        )`.execute(db);
      await sql`create index activity_status_round_idx on activity_status (reporting_round_id)`.execute(db);
    },
  },
];
