import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

const timestamps = sql`
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()`;

export const internalControlMigrations: MigrationDefinition[] = [
  {
    name: '20261208T1000-internal-control-create-tables',
    async up(db) {
      // One row: the municipality's scales, seeded with the defaults (docs/adr/0025-internal-control.md).
      await sql`
        create table internal_control_settings (
          id uuid primary key default gen_random_uuid(),
          singleton boolean not null default true check (singleton),
          probability_max integer not null check (probability_max between 2 and 10),
          consequence_max integer not null check (consequence_max between 2 and 10),
          band_min integer[] not null,
          band_max integer[] not null,
          band_label text[] not null,
          band_colour text[] not null,
          result_key text[] not null,
          result_label text[] not null,
          result_needs_action boolean[] not null,
          ${timestamps},
          constraint internal_control_settings_one unique (singleton)
        )`.execute(db);
      await sql`
        insert into internal_control_settings (probability_max, consequence_max, band_min, band_max, band_label,
          band_colour, result_key, result_label, result_needs_action)
        values (4, 4, '{1,4,9}', '{3,8,16}', '{Låg,Medel,Hög}', '{#cfe8cf,#fde9a9,#f5b5b0}',
          '{noDeficiencies,satisfactory,partlySatisfactory,unsatisfactory}',
          '{"Inga brister","Tillfredsställande","Delvis tillfredsställande","Otillfredsställande"}',
          '{false,false,true,true}')`.execute(db);
      await sql`
        create table risk_analysis (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null check (year between 1900 and 2200),
          date date not null,
          participants text,
          considered text[] not null default '{}',
          considered_other text,
          source text,
          ${timestamps}
        )`.execute(db);
      await sql`create index risk_analysis_unit_idx on risk_analysis (org_unit_id, year)`.execute(db);
      await sql`
        create table risk (
          id uuid primary key default gen_random_uuid(),
          analysis_id uuid not null references risk_analysis (id),
          process text not null check (btrim(process) <> ''),
          description text not null check (btrim(description) <> ''),
          probability integer not null check (probability between 1 and 10),
          consequence integer not null check (consequence between 1 and 10),
          response text not null check (response in ('accept', 'control', 'act', 'escalate')),
          escalated_to_unit_id uuid references org_unit (id),
          source text,
          ${timestamps},
          constraint risk_escalation_check check ((response = 'escalate') = (escalated_to_unit_id is not null))
        )`.execute(db);
      await sql`create index risk_analysis_idx on risk (analysis_id)`.execute(db);
      await sql`create index risk_escalated_idx on risk (escalated_to_unit_id)`.execute(db);
      await sql`
        create table control (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null check (year between 1900 and 2200),
          title text not null check (btrim(title) <> ''),
          checked text,
          method text,
          sample text,
          frequency text check (frequency in ('monthly', 'quarterly', 'twiceAYear', 'yearly', 'continuous')),
          responsible text,
          reporting_round_ids uuid[] not null default '{}',
          risk_id uuid references risk (id),
          common boolean not null default false,
          carry_forward boolean not null default false,
          previous_control_id uuid references control (id),
          sort_order integer not null default 0,
          source text,
          ${timestamps},
          -- Carried once: running the year rollover twice copies nothing new.
          constraint control_previous_key unique (previous_control_id)
        )`.execute(db);
      await sql`create index control_unit_idx on control (org_unit_id, year)`.execute(db);
      await sql`create index control_year_idx on control (year, common)`.execute(db);
      await sql`
        create table control_result (
          id uuid primary key default gen_random_uuid(),
          control_id uuid not null references control (id),
          reporting_round_id uuid not null references reporting_round (id),
          org_unit_id uuid not null references org_unit (id),
          result text not null,
          findings text,
          sample_size integer check (sample_size >= 0),
          deviations integer check (deviations >= 0),
          source text,
          ${timestamps},
          constraint control_result_key unique (control_id, reporting_round_id, org_unit_id)
        )`.execute(db);
      await sql`create index control_result_unit_idx on control_result (org_unit_id)`.execute(db);
      await sql`
        create table control_action (
          id uuid primary key default gen_random_uuid(),
          result_id uuid not null references control_result (id),
          what text not null check (btrim(what) <> ''),
          owner text not null check (btrim(owner) <> ''),
          deadline date not null,
          status text not null default 'open' check (status in ('open', 'inProgress', 'done')),
          closed_date date,
          source text,
          ${timestamps},
          constraint control_action_closed_check check ((status = 'done') = (closed_date is not null))
        )`.execute(db);
      await sql`create index control_action_result_idx on control_action (result_id)`.execute(db);
    },
  },
  {
    name: '20261211T1000-internal-control-result-escalation',
    async up(db) {
      // A result escalated to a unit above, as a risk is (docs/adr/0025-internal-control.md, addendum).
      await sql`alter table control_result add column escalated_to_unit_id uuid references org_unit (id)`.execute(
        db,
      );
      await sql`create index control_result_escalated_idx on control_result (escalated_to_unit_id)`.execute(
        db,
      );
    },
  },
];
