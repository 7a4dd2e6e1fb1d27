/**
 * The investments module's tables. Amounts are kronor in `numeric` without a fixed scale, so that a
 * decimal reads back exactly as it was written (a data package read in again is unchanged), with checks
 * for whole öre. Sign convention: utgifter (expenditure) and inkomster (income) are both stored as
 * positive magnitudes, and net = utgifter − inkomster is computed, never stored; a frame is a net, its
 * changes positive amounts (docs/adr/0015-investments.md).
 */
import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

const timestamps = sql`
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()`;

const year = (column: string) =>
  sql.raw(`${column} integer not null check (${column} between 1900 and 2200)`);

/** Kronor in whole öre. */
const ore = (column: string) => sql.raw(`${column} = round(${column}, 2)`);

const ROUNDS = sql.raw(`('budget', 'april', 'august', 'october', 'closing')`);

export const investmentsMigrations: MigrationDefinition[] = [
  {
    name: '20261204T0900-investments-create',
    async up(db) {
      await sql`
        create table investment_project (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          name text not null check (btrim(name) <> ''),
          code text,
          placement text not null check (placement in ('inside', 'outside')),
          conditional boolean not null default false,
          condition text,
          ${year('start_year')},
          completed_year integer check (completed_year between 1900 and 2200),
          decided_budget numeric check (${ore('decided_budget')}),
          note text,
          sort_order integer not null default 0,
          ${timestamps},
          check (completed_year is null or completed_year >= start_year),
          check (conditional or condition is null)
        )`.execute(db);
      await sql`create index investment_project_org_unit_idx on investment_project (org_unit_id)`.execute(db);
      await sql`
        create table investment_amount (
          id uuid primary key default gen_random_uuid(),
          project_id uuid not null references investment_project (id),
          ${year('year')},
          kind text not null check (kind in ('budget', 'plan', 'actual', 'forecast')),
          round text not null check (round in ${ROUNDS}),
          expenditure numeric not null check (expenditure >= 0 and ${ore('expenditure')}),
          income numeric not null check (income >= 0 and ${ore('income')}),
          note text,
          source text,
          ${timestamps},
          constraint investment_amount_key unique (project_id, year, kind, round),
          constraint investment_amount_round_for_kind check (
            case kind when 'plan' then round = 'budget'
                      when 'actual' then round <> 'budget'
                      when 'forecast' then round in ('april', 'august', 'october')
                      else true end)
        )`.execute(db);
      await sql`
        create table investment_frame (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          ${year('year')},
          amount numeric not null check (amount >= 0 and ${ore('amount')}),
          decision text,
          source text,
          ${timestamps},
          constraint investment_frame_key unique (org_unit_id, year)
        )`.execute(db);
      await sql`
        create table investment_frame_change (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          kind text not null check (kind in ('increase', 'rebudget')),
          ${year('year')},
          from_year integer check (from_year between 1900 and 2200),
          amount numeric not null check (amount > 0 and ${ore('amount')}),
          effective_round text not null check (effective_round in ${ROUNDS}),
          reason text not null check (btrim(reason) <> ''),
          decision text,
          source text,
          ${timestamps},
          constraint investment_frame_change_years_check check (
            case kind when 'increase' then from_year is null
                      else from_year is not null and from_year <> year end)
        )`.execute(db);
      await sql`create index investment_frame_change_org_unit_idx on investment_frame_change (org_unit_id)`.execute(
        db,
      );
    },
  },
];
