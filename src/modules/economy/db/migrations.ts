import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const economyMigrations: MigrationDefinition[] = [
  {
    name: '20261202T0900-economy-create-ledger',
    async up(db) {
      await sql`
        create table cost_centre (
          id uuid primary key default gen_random_uuid(),
          dimension integer not null default 1 check (dimension between 1 and 999),
          code text not null check (btrim(code) <> ''),
          org_unit_id uuid not null references org_unit (id),
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint cost_centre_dimension_code_key unique (dimension, code)
        )`.execute(db);
      await sql`
        create table account_range (
          id uuid primary key default gen_random_uuid(),
          from_account text not null check (from_account ~ '^[0-9]{1,10}$'),
          to_account text not null check (to_account ~ '^[0-9]{1,10}$'),
          category text not null check (category in ('cost', 'revenue', 'financial', 'balance')),
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      // One row per file loaded: who loaded which file, when, for which period, and what it held.
      await sql`
        create table ledger_import (
          id uuid primary key default gen_random_uuid(),
          year integer not null check (year between 1900 and 2200),
          first_month smallint not null check (first_month between 1 and 12),
          last_month smallint not null check (last_month between first_month and 12),
          file_id uuid references stored_file (id) on delete set null,
          file_name text not null,
          file_size bigint not null,
          sha256 text not null,
          encoding text not null,
          vouchers integer not null,
          rows integer not null,
          imported_by uuid not null,
          imported_at timestamptz not null default now(),
          replaced_at timestamptz
        )`.execute(db);
      await sql`create index ledger_import_year_idx on ledger_import (year)`.execute(db);
      // The transaction rows of costs and revenues, in öre with the ledger's sign (debit positive). No
      // foreign keys and one index: a load writes millions of rows, and a check per row cost more than half
      // of its insert time (bench/ledger.ts). Its unit ids come from the mapping read in the same
      // transaction, its load from the row inserted just before, and ledger_month's key guards the units.
      await sql`
        create table ledger_entry (
          import_id uuid not null,
          year integer not null,
          month smallint not null check (month between 1 and 12),
          org_unit_id uuid not null,
          account text not null,
          amount_ore bigint not null,
          entry_date date not null,
          voucher text not null,
          cost_centre text not null
        )`.execute(db);
      await sql`create index ledger_entry_period_idx on ledger_entry (year, month)`.execute(db);
      // The rows summed per unit, account and month: what statements read, a few hundred times smaller.
      await sql`
        create table ledger_month (
          year integer not null,
          month smallint not null,
          org_unit_id uuid not null references org_unit (id),
          account text not null,
          amount_ore bigint not null,
          primary key (year, month, org_unit_id, account)
        )`.execute(db);
    },
  },
  {
    name: '20261202T1000-economy-create-budget-line',
    async up(db) {
      await sql`
        create table budget_line (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null check (year between 1900 and 2200),
          account text not null check (account ~ '^[0-9]{1,10}$'),
          month smallint check (month between 1 and 12),
          amount numeric(17, 2) not null,
          comment text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      // One line per unit, year, account and month (or whole year): a null month is a value here.
      await sql`
        create unique index budget_line_unit_year_account_month_key
        on budget_line (org_unit_id, year, account, coalesce(month, 0))`.execute(db);
    },
  },
  {
    name: '20261202T1100-economy-create-forecast',
    async up(db) {
      await sql`
        create table forecast (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null check (year between 1900 and 2200),
          round text not null check (round in ('april', 'august', 'october')),
          costs numeric(17, 2) not null check (costs >= 0),
          revenues numeric(17, 2) not null check (revenues >= 0),
          comment text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint forecast_unit_year_round_key unique (org_unit_id, year, round)
        )`.execute(db);
    },
  },
  {
    name: '20261202T1200-economy-create-frames',
    async up(db) {
      await sql`
        create table budget_frame (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null check (year between 1900 and 2200),
          kind text not null check (kind in ('frame', 'selfCost')),
          amount numeric(17, 2) not null,
          decision text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint budget_frame_unit_year_key unique (org_unit_id, year)
        )`.execute(db);
      await sql`
        create table frame_adjustment (
          id uuid primary key default gen_random_uuid(),
          from_unit_id uuid not null references org_unit (id),
          to_unit_id uuid not null references org_unit (id),
          amount numeric(17, 2) not null check (amount > 0),
          from_year integer not null check (from_year between 1900 and 2200),
          reason text not null check (btrim(reason) <> ''),
          decision text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint frame_adjustment_units_differ check (from_unit_id <> to_unit_id)
        )`.execute(db);
    },
  },
  {
    name: '20261202T1300-economy-create-budget-change',
    async up(db) {
      await sql`
        create table budget_change (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null check (year between 1900 and 2200),
          category text not null check (category in
            ('costReduction', 'budgetAdjustment', 'technical', 'reallocation', 'priceAndWage')),
          amount numeric(17, 2) not null,
          description text not null check (btrim(description) <> ''),
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index budget_change_year_idx on budget_change (year, org_unit_id)`.execute(db);
    },
  },
  {
    name: '20261203T0900-economy-create-ledger-closing',
    async up(db) {
      await sql`
        create table ledger_closing (
          id uuid primary key default gen_random_uuid(),
          year integer not null check (year between 1900 and 2200),
          note text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint ledger_closing_year_key unique (year)
        )`.execute(db);
    },
  },
  {
    // A forecast of the net alone (issue 6 item 5): costs and revenues, or the net cost, never both.
    name: '20261213T0900-economy-forecast-net-cost',
    async up(db) {
      await sql`alter table forecast alter column costs drop not null`.execute(db);
      await sql`alter table forecast alter column revenues drop not null`.execute(db);
      await sql`alter table forecast add column net_cost numeric(17, 2)`.execute(db);
      await sql`
        alter table forecast add constraint forecast_gross_or_net check (
          (net_cost is null and costs is not null and revenues is not null)
          or (net_cost is not null and costs is null and revenues is null)
        )`.execute(db);
    },
  },
  {
    // The ledger import's speed (ADR 0013, addendum of issue 6's speed goal): ledger_month's foreign key to
    // org_unit was checked once per monthly sum, as costly as COPY of the rows; the import now checks and
    // locks (for key share) each unit once instead, and nothing else writes ledger_month.
    name: '20261214T0900-economy-ledger-month-unit-checked-by-load',
    async up(db) {
      await sql`alter table ledger_month drop constraint ledger_month_org_unit_id_fkey`.execute(db);
    },
  },
  {
    // The ledger import's speed (ADR 0013, addendum "stop 26"): keeping the B-tree on (year, month) cost the
    // server as much as parsing the rows' text (12 keys, each on hundreds of thousands of rows). A load's
    // rows lie together in the table, so a BRIN index finds a period's rows for the delete of a re-import
    // almost as well, at no cost per row. Its block ranges are summarized by autovacuum on a server, and by
    // the delete itself before it runs (clearPeriod), which PGlite, without autovacuum, relies on.
    name: '20261215T0900-economy-ledger-entry-period-brin',
    async up(db) {
      await sql`drop index ledger_entry_period_idx`.execute(db);
      await sql`
        create index ledger_entry_period_idx on ledger_entry using brin (year, month)
        with (autosummarize = on)`.execute(db);
    },
  },
  {
    // The ledger import's speed (ADR 0013, addendum "stop 28"): ledger_month's primary key cost the server
    // some 200 ms per 164 000 monthly sums, in the load's serial tail after the parse, as much as the rest
    // of that tail. Its one sum per month, unit and account holds by construction: the load sums its rows per
    // key, clears the period's sums first, and holds the year's ledger lock (lockLedgerYear) so that no
    // other load of the year writes beside it. A BRIN index finds a period's sums for reads and the delete.
    name: '20261216T0900-economy-ledger-month-brin-for-key',
    async up(db) {
      await sql`alter table ledger_month drop constraint ledger_month_pkey`.execute(db);
      await sql`
        create index ledger_month_period_idx on ledger_month using brin (year, month)
        with (autosummarize = on)`.execute(db);
    },
  },
  {
    // The ledger import's speed and the statements' (ADR 0013, addendum "stop 32"): the monthly sums as one
    // row per year, unit and account with a column per month, a twelfth of the rows: a load's 164 000 sums
    // stored in 14 000 rows under a primary key in a third of the time the monthly rows took under their BRIN
    // index, and a year's sums read in a tenth. A month without rows is null, so that "the last month with
    // a ledger" keeps its meaning. The sums move over as they are, summed where a month had two rows.
    name: '20261218T0900-economy-ledger-sum-per-year',
    async up(db) {
      const months = Array.from({ length: 12 }, (_, index) => index + 1);
      const column = (month: number) => `amount_ore_${String(month).padStart(2, '0')}`;
      await sql`
        create table ledger_sum (
          year integer not null,
          org_unit_id uuid not null,
          account text not null,
          ${sql.raw(months.map((month) => `${column(month)} bigint`).join(', '))},
          primary key (year, org_unit_id, account)
        )`.execute(db);
      await sql`
        insert into ledger_sum (year, org_unit_id, account, ${sql.raw(months.map(column).join(', '))})
        select year, org_unit_id, account,
          ${sql.raw(months.map((month) => `sum(amount_ore) filter (where month = ${month})::bigint`).join(', '))}
        from ledger_month group by year, org_unit_id, account`.execute(db);
      await sql`drop table ledger_month`.execute(db);
    },
  },
];
