import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

const timestamps = sql`
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()`;

export const volumesMigrations: MigrationDefinition[] = [
  {
    name: '20261203T0900-volumes-create-measures',
    async up(db) {
      await sql`
        create table volume_measure (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          kind text not null check (kind in ('volume', 'personnel')),
          name text not null check (btrim(name) <> ''),
          unit text,
          decimals smallint check (decimals between 0 and 6),
          sort_order integer not null default 0,
          note text,
          valid_from_year integer not null check (valid_from_year between 1900 and 2200),
          valid_to_year integer check (valid_to_year between 1900 and 2200),
          retired_at timestamptz,
          source text,
          ${timestamps},
          check (valid_to_year is null or valid_to_year >= valid_from_year)
        )`.execute(db);
      await sql`create index volume_measure_org_unit_idx on volume_measure (org_unit_id, kind)`.execute(db);
      await sql`
        create table volume_value (
          id uuid primary key default gen_random_uuid(),
          measure_id uuid not null references volume_measure (id),
          year integer not null check (year between 1900 and 2200),
          period text not null default 'year'
            check (period in ('year', 'budget', 'april', 'august', 'october', 'closing')),
          kind text not null check (kind in ('outcome', 'budget', 'plan', 'forecast', 'target')),
          total numeric,
          men numeric,
          women numeric,
          no_data boolean not null default false,
          no_data_reason text,
          note text,
          source text,
          ${timestamps},
          constraint volume_value_key unique (measure_id, year, kind, period),
          constraint volume_value_figure_check check (
            case when no_data then total is null and men is null and women is null
                 else total is not null and no_data_reason is null end)
        )`.execute(db);
    },
  },
];
