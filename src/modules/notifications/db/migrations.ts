import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const notificationsMigrations: MigrationDefinition[] = [
  {
    name: '20261208T1100-notifications-create-notification',
    async up(db) {
      await sql`
        create table notification (
          id uuid primary key default gen_random_uuid(),
          recipient_id uuid not null references app_user (id),
          org_unit_id uuid references org_unit (id),
          year integer,
          subject text not null check (btrim(subject) <> ''),
          body text,
          link text,
          sender_id uuid references app_user (id),
          sender_name text,
          read_at timestamptz,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      // The inbox and its badge: a user's messages, newest first, and how many are unread.
      await sql`create index notification_recipient_idx on notification (recipient_id, created_at desc)`.execute(
        db,
      );
    },
  },
];
