import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

const timestamps = sql`
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()`;

export const goalsMigrations: MigrationDefinition[] = [
  {
    name: '20261123T0704-goals-create-goal-model',
    async up(db) {
      await sql`
        create table goal_area (
          id uuid primary key default gen_random_uuid(),
          name text not null constraint goal_area_name_key unique check (btrim(name) <> ''),
          description text,
          sort_order integer not null default 0,
          ${timestamps}
        )`.execute(db);
      await sql`
        create table municipal_goal (
          id uuid primary key default gen_random_uuid(),
          goal_area_id uuid not null references goal_area (id),
          name text not null check (btrim(name) <> ''),
          description text,
          valid_from_year integer not null check (valid_from_year between 1900 and 2200),
          valid_to_year integer check (valid_to_year between 1900 and 2200),
          sort_order integer not null default 0,
          retired_at timestamptz,
          source text,
          ${timestamps},
          check (valid_to_year is null or valid_to_year >= valid_from_year)
        )`.execute(db);
      await sql`
        create table goal (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          municipal_goal_id uuid references municipal_goal (id),
          parent_goal_id uuid references goal (id),
          name text not null check (btrim(name) <> ''),
          description text,
          valid_from_year integer not null check (valid_from_year between 1900 and 2200),
          valid_to_year integer check (valid_to_year between 1900 and 2200),
          sort_order integer not null default 0,
          retired_at timestamptz,
          source text,
          ${timestamps},
          check (valid_to_year is null or valid_to_year >= valid_from_year),
          check (parent_goal_id is null or parent_goal_id <> id)
        )`.execute(db);
      await sql`create index goal_org_unit_idx on goal (org_unit_id, valid_from_year)`.execute(db);
      await sql`
        create table indicator (
          id uuid primary key default gen_random_uuid(),
          goal_id uuid not null references goal (id),
          parent_indicator_id uuid references indicator (id),
          name text not null check (btrim(name) <> ''),
          unit text,
          decimals smallint check (decimals between 0 and 6),
          desired_direction text not null default 'none' check (desired_direction in ('increase', 'decrease', 'none')),
          is_obligatory boolean not null default false,
          is_gender_split boolean not null default false,
          definition text,
          data_source text not null default 'manual' check (data_source in ('manual', 'import', 'computed', 'benchmark')),
          sort_order integer not null default 0,
          retired_at timestamptz,
          source text,
          ${timestamps},
          check (parent_indicator_id is null or parent_indicator_id <> id)
        )`.execute(db);
      await sql`create index indicator_goal_idx on indicator (goal_id)`.execute(db);
      await sql`
        create table indicator_target (
          id uuid primary key default gen_random_uuid(),
          indicator_id uuid not null references indicator (id),
          year integer not null check (year between 1900 and 2200),
          part text not null default 'total' check (part in ('total', 'women', 'men')),
          notation text not null,
          note text,
          source text,
          ${timestamps},
          constraint indicator_target_year_part_key unique (indicator_id, year, part)
        )`.execute(db);
      await sql`
        create table indicator_outcome (
          id uuid primary key default gen_random_uuid(),
          indicator_id uuid not null references indicator (id),
          reporting_round_id uuid not null references reporting_round (id),
          year integer not null check (year between 1900 and 2200),
          from_month smallint not null default 1 check (from_month between 1 and 12),
          to_month smallint not null default 12 check (to_month between 1 and 12),
          is_forecast boolean not null default false,
          reference_year integer check (reference_year between 1900 and 2200),
          total numeric,
          women numeric,
          men numeric,
          total_no_data boolean not null default false,
          women_no_data boolean not null default false,
          men_no_data boolean not null default false,
          no_data_reason text,
          note text,
          source text,
          ${timestamps},
          constraint indicator_outcome_round_year_key unique (indicator_id, reporting_round_id, year),
          check (to_month >= from_month),
          check (not (total is not null and total_no_data)),
          check (not (women is not null and women_no_data)),
          check (not (men is not null and men_no_data))
        )`.execute(db);
      await sql`create index indicator_outcome_round_idx on indicator_outcome (reporting_round_id)`.execute(
        db,
      );
    },
  },
  {
    name: '20261201T1100-goals-outcome-parts-as-lists',
    async up(db) {
      // "Ingen uppgift" per part becomes a list of parts, beside the new "ej tillämplig" list, so that each
      // outcome field is one column that the record definition maps by name.
      await sql`
        alter table indicator_outcome
          add column no_data text[] not null default '{}',
          add column not_applicable text[] not null default '{}'`.execute(db);
      await sql`
        update indicator_outcome set no_data = array_remove(array[
          case when total_no_data then 'total' end,
          case when women_no_data then 'women' end,
          case when men_no_data then 'men' end], null)`.execute(db);
      await sql`
        alter table indicator_outcome
          drop column total_no_data, drop column women_no_data, drop column men_no_data,
          add constraint indicator_outcome_parts_check check (
            no_data <@ array['total', 'women', 'men'] and not_applicable <@ array['total', 'women', 'men']
            and not (no_data && not_applicable)
            and not (total is not null and ('total' = any(no_data) or 'total' = any(not_applicable)))
            and not (women is not null and ('women' = any(no_data) or 'women' = any(not_applicable)))
            and not (men is not null and ('men' = any(no_data) or 'men' = any(not_applicable))))`.execute(db);
    },
  },
  {
    name: '20261201T1700-goals-outcome-unit',
    async up(db) {
      // An outcome may be stated in another unit than its indicator (tkr where the indicator says mnkr).
      await sql`alter table indicator_outcome add column unit text`.execute(db);
    },
  },
  {
    name: '20261202T0000-goals-indicator-computation',
    async up(db) {
      // The computation an indicator's figures come from (another module's data), null when typed.
      await sql`alter table indicator add column computation text`.execute(db);
    },
  },
];
