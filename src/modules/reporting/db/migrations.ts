import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const reportingMigrations: MigrationDefinition[] = [
  {
    name: '20261206T0910-reporting-create-round-part',
    async up(db) {
      await sql`
        create table round_part (
          id uuid primary key default gen_random_uuid(),
          reporting_round_id uuid not null references reporting_round (id),
          org_unit_id uuid not null references org_unit (id),
          state text not null check (state in ('notStarted', 'inProgress', 'readyForReview', 'approved')),
          comment text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint round_part_key unique (reporting_round_id, org_unit_id)
        )`.execute(db);
    },
  },
  {
    // Reminders to a unit's reporters (ADR 0026): when, by whom, to how many; the last shows beside the unit.
    name: '20261208T1110-reporting-create-round-reminder',
    async up(db) {
      await sql`
        create table round_reminder (
          id uuid primary key default gen_random_uuid(),
          reporting_round_id uuid not null references reporting_round (id),
          org_unit_id uuid not null references org_unit (id),
          recipient_count integer not null check (recipient_count >= 0),
          sent_by_id uuid not null references app_user (id),
          sent_by_name text not null,
          mail_job_id uuid,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index round_reminder_round_idx on round_reminder (reporting_round_id, org_unit_id)`.execute(
        db,
      );
    },
  },
  {
    // The goals and indicators a round asks for: each item names one or the other (none: everything).
    name: '20261210T0900-reporting-create-round-subset-item',
    async up(db) {
      await sql`
        create table round_subset_item (
          id uuid primary key default gen_random_uuid(),
          reporting_round_id uuid not null references reporting_round (id),
          goal_id uuid references goal (id),
          indicator_id uuid references indicator (id),
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint round_subset_item_one check (num_nonnulls(goal_id, indicator_id) = 1),
          constraint round_subset_item_goal_key unique (reporting_round_id, goal_id),
          constraint round_subset_item_indicator_key unique (reporting_round_id, indicator_id)
        )`.execute(db);
    },
  },
  {
    // The lock on an import's batch of outcomes asks whether any of their rounds has an approved part; with
    // a few thousand parts per round and none approved, that read every part of the round.
    name: '20261214T1000-reporting-approved-part-index',
    async up(db) {
      await sql`create index round_part_approved_idx on round_part (reporting_round_id) where state = 'approved'`.execute(
        db,
      );
    },
  },
];
