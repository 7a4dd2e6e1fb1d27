/**
 * The operating statement over a year of BENCH_STATEMENT_ROWS ledger rows (default 10 000 000) for a
 * municipality of 2 000 units under 8 boards and 40 administrations, on a PostgreSQL server (the issue asks
 * for it there), against a hand-written aggregate query over the same data.
 *
 * Loading that many rows through the SIE import would take far longer than the ~3 minutes the benchmark
 * allows (bench/ledger.ts measures the import; a year of 10 000 000 kept rows is a file of 20 000 000), so
 * ledger_entry is filled with one `insert … select` from generate_series – 2 000 units × 8 Kommun-BAS
 * accounts (2 revenue, 6 cost) × 12 months, 52–53 rows each – under one ledger_import row, with foreign-key
 * triggers off while loading (session_replication_role = replica; the rows are valid by construction). Then
 * ledger_sum is built by the repository's sumLedgerEntries (an `insert … select … group by`), and
 * the database is ANALYZEd: autovacuum is off on the benchmark's server.
 *
 * Timed (3 warm-ups, then 20 runs of each, alternating; medians):
 *  - operatingStatement for the municipality, as the API computes it (throughMonth from the ledger, tkr,
 *    detail rows): its sumLedger queries (this year through the month, last year through the month and
 *    whole; last year has no rows here), the budget, the organisation, the account ranges, the roll-up in
 *    JavaScript and the table;
 *  - the hand-written query: the same costs and revenues per child of the municipality, straight from
 *    ledger_entry (a recursive CTE for the subtree, sums per unit by Kommun-BAS class – 3 revenue, 4–7 cost –
 *    joined to it), checked to give every child the same öre as the statement's own sums and roll-up;
 *  - the same query over ledger_sum, the monthly sums the statement reads (information: what the
 *    pre-aggregation leaves to beat).
 * All run through the application's own Kysely pool. Then, for information, the statement once more with
 * last year's monthly sums present too, as a municipality has them. EXPLAIN (ANALYZE, BUFFERS) of sumLedger's
 * query and of the hand-written ones are kept in the results.
 */
import {
  CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresQueryCompiler,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import { openServer, serverVersion } from './engines.ts';
import { benchOrganisation, insertOrganisation } from './ledger-file.ts';
import { type Stats, summarise } from './measure.ts';
import { QueryTimer, type StatementTiming } from './query-timer.ts';
import {
  type Db,
  LOCAL_USER_ID,
  lastLedgerMonth,
  MONTH_COLUMNS,
  migrateDb,
  statementFigures,
  statementOf,
  sumImportedRows,
} from './verksam.ts';

export interface StatementResult {
  readonly label: string;
  readonly rows: number;
  readonly units: number;
  readonly centres: number;
  readonly ledgerSumRows: number;
  readonly tableMb: Readonly<Record<string, number>>;
  readonly indexes: readonly string[];
  readonly load: {
    readonly method: string;
    readonly entriesMs: number;
    readonly monthlyMs: number;
    readonly analyzeMs: number;
  };
  readonly throughMonth: number;
  readonly statement: Stats;
  /** The hand-written aggregate over ledger_entry: the goal's baseline. */
  readonly aggregate: Stats;
  /** The same query over ledger_sum. */
  readonly monthAggregate: Stats;
  /** Statement median / aggregate median. */
  readonly ratio: number;
  readonly monthRatio: number;
  /** The hand-written query gives every child the same öre as the statement's own sums and roll-up. */
  readonly sameFigures: boolean;
  /** Rows of the statement's table (children of the municipality and their detail rows, without the total). */
  readonly statementRows: number;
  /** Rows the figures are compared on: the municipality's children. */
  readonly children: number;
  /** One more run of the statement, its queries timed (they run side by side on the pool's connections). */
  readonly statementSql: readonly StatementTiming[];
  readonly statementSqlRunMs: number;
  /** The statement's heaviest query as the application sent it (sumLedger), with its parameters. */
  readonly sumLedgerQuery: { readonly sql: string; readonly parameters: readonly unknown[] };
  readonly plans: {
    readonly sumLedger: readonly string[];
    readonly aggregate: readonly string[];
    readonly monthAggregate: readonly string[];
  };
  /** The statement again once last year's monthly sums are there too (information). */
  readonly withPreviousYear: Stats;
  readonly withPreviousYearSql: readonly StatementTiming[];
}

const YEAR = 2025;
const WARMUP = 3;
const RUNS = 20;
const ACCOUNTS = ['3410', '3510', '4010', '4510', '5010', '6110', '6540', '7410'];
const MB = 2 ** 20;

/** Where the hand-written aggregate sums from: the ledger's rows, or its monthly sums. */
type Source = 'ledger_entry' | 'ledger_sum';

/**
 * Costs and revenues per child of the root, by Kommun-BAS class, from `source`: summed per unit first (a
 * scan the server can run in parallel), then joined to the subtree. (Joined first, the planner hashed all of
 * ledger_entry, 10 M rows, in 256 batches on disk: 12 s.) Its parameters: the root, the year, and for
 * ledger_entry the last month (ledger_sum's months through it are columns, written into the text).
 */
const aggregateSql = (source: Source, throughMonth: number) => {
  const months = MONTH_COLUMNS.slice(0, throughMonth);
  const [amount, period] =
    source === 'ledger_entry'
      ? ['amount_ore', 'month <= $3']
      : [months.map((column) => `coalesce(${column}, 0)`).join(' + '), 'true'];
  return `
  with recursive subtree (id, row_id) as (
    select id, id from org_unit where parent_id = $1
    union all
    select child.id, subtree.row_id from org_unit child join subtree on child.parent_id = subtree.id
  ),
  per_unit as (
    select org_unit_id,
      sum(${amount}) filter (where left(account, 1) between '4' and '7') as costs,
      sum(${amount}) filter (where left(account, 1) = '3') as revenues
    from ${source}
    where year = $2 and ${period}
    group by org_unit_id
  )
  select subtree.row_id, coalesce(sum(per_unit.costs), 0)::text as costs,
    coalesce(-sum(per_unit.revenues), 0)::text as revenues
  from per_unit join subtree on subtree.id = per_unit.org_unit_id
  group by subtree.row_id`;
};

/** The aggregate's parameters for `source`. */
const aggregateParameters = (source: Source, rootId: string, throughMonth: number) =>
  source === 'ledger_entry' ? [rootId, YEAR, throughMonth] : [rootId, YEAR];

interface CapturedQuery {
  readonly sql: string;
  readonly parameters: readonly unknown[];
  readonly ms: number;
}

/**
 * Keeps the text and parameters of the raw SQL statements run through it, with their times: the statement's
 * heaviest query is EXPLAINed as the application runs it, whatever sumLedger says today.
 */
class RawCapture implements KyselyPlugin {
  private readonly running = new Map<string, { sql: string; parameters: unknown[]; start: number }>();
  readonly captured: CapturedQuery[] = [];

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'RawNode') {
      // Compiled as the driver gets it: a raw statement may hold nested fragments and lists (`in (…)`),
      // whose parameters a plain join of the fragments would number wrong.
      const { sql, parameters } = new PostgresQueryCompiler().compileQuery(node, queryId);
      this.running.set(queryId.queryId, { sql, parameters: [...parameters], start: performance.now() });
    }
    return node;
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const started = this.running.get(queryId.queryId);
    if (started) {
      this.running.delete(queryId.queryId);
      this.captured.push({
        sql: started.sql,
        parameters: started.parameters,
        ms: performance.now() - started.start,
      });
    }
    return result;
  }

  /** The slowest raw statement that reads ledger_sum: sumLedger for the year asked for. */
  heaviestLedgerQuery(): CapturedQuery | undefined {
    return this.captured.filter((query) => /\bledger_sum\b/.test(query.sql)).sort((a, b) => b.ms - a.ms)[0];
  }
}

interface AggregateRow {
  row_id: string;
  costs: string;
  revenues: string;
}

async function aggregate(db: Db, source: Source, rootId: string, throughMonth: number) {
  const query = CompiledQuery.raw(
    aggregateSql(source, throughMonth),
    aggregateParameters(source, rootId, throughMonth),
  );
  return (await db.executeQuery<AggregateRow>(query)).rows;
}

async function explain(client: pg.Client, text: string, values: readonly unknown[]): Promise<string[]> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers) ${text}`,
    values as unknown[],
  );
  return rows.map((row) => row['QUERY PLAN']);
}

const ms = (value: number) => (value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US'));

/** Fills ledger_entry with `rows` rows of YEAR over the centres, and sums them into ledger_sum. */
async function load(db: Db, url: string, centres: readonly { id: string; code: string }[], rows: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const created = await client.query<{ id: string }>(
      `insert into ledger_import
         (year, first_month, last_month, file_id, file_name, file_size, sha256, encoding, vouchers, rows, imported_by)
       values ($1, 1, 12, null, 'generate_series', 0, repeat('0', 64), 'cp437', 0, 0, $2) returning id`,
      [YEAR, LOCAL_USER_ID],
    );
    const importId = created.rows[0]?.id as string;
    await client.query(
      'create table bench_centre (n integer primary key, id uuid not null, code text not null)',
    );
    await client.query(
      'insert into bench_centre select * from unnest($1::integer[], $2::uuid[], $3::text[])',
      [
        centres.map((_, index) => index),
        centres.map((centre) => centre.id),
        centres.map((centre) => centre.code),
      ],
    );
    const count = centres.length;
    const entries = performance.now();
    await client.query('set session_replication_role = replica');
    await client.query(
      `insert into ledger_entry
         (import_id, year, month, org_unit_id, account, amount_ore, entry_date, voucher, cost_centre)
       select $1::uuid, $2::integer, g.month, c.id, g.account,
         case when g.account < '4' then -g.amount else g.amount end,
         make_date($2::integer, g.month, 1 + (g.i % 28)::integer), 'A ' || g.i, c.code
       from (
         select i, (1 + (i / ($3::integer * 8)) % 12)::smallint as month,
           ($4::text[])[1 + ((i / $3::integer) % 8)::integer] as account,
           (i % $3::integer)::integer as n,
           (i * 2654435761) % 100000000 + 100 as amount
         from generate_series(0::bigint, $5::bigint - 1) i
       ) g join bench_centre c on c.n = g.n`,
      [importId, YEAR, count, ACCOUNTS, rows],
    );
    await client.query('reset session_replication_role');
    await client.query('drop table bench_centre');
    const entriesMs = performance.now() - entries;
    const monthly = performance.now();
    await sumImportedRows(db, importId, YEAR, rows, rows);
    const monthlyMs = performance.now() - monthly;
    const analyzed = performance.now();
    await client.query('analyze');
    return { entriesMs, monthlyMs, analyzeMs: performance.now() - analyzed };
  } finally {
    await client.end();
  }
}

export async function benchStatement(url: string, rows: number): Promise<StatementResult> {
  const label = `PostgreSQL ${await serverVersion(url)} server`;
  const org = benchOrganisation();
  console.log(
    `\n== Operating statement: ${label}, ${org.units.length.toLocaleString('en-US')} units, ` +
      `${rows.toLocaleString('en-US')} ledger rows of ${YEAR} ==\n`,
  );
  const database = await openServer(url, 'statement');
  const client = new pg.Client({ connectionString: database.url });
  try {
    const { db } = database;
    await migrateDb(db);
    await insertOrganisation(db, org);
    const loaded = await load(db, database.url as string, org.centres, rows);
    await client.connect();
    const facts = await client.query<{ months: number; entry: string; month: string }>(
      `select (select count(*)::int from ledger_sum) as months,
         pg_total_relation_size('ledger_entry')::text as entry, pg_total_relation_size('ledger_sum')::text as month`,
    );
    const fact = facts.rows[0];
    const throughMonth = (await lastLedgerMonth(db, YEAR)) ?? 12;
    const indexes = (
      await client.query<{ indexdef: string }>(
        `select indexdef from pg_indexes where tablename in ('ledger_entry', 'ledger_sum') order by indexname`,
      )
    ).rows.map((row) => row.indexdef);
    console.log(
      `  loaded with SQL (generate_series; the import would take far longer): ledger_entry ${ms(loaded.entriesMs)} ms, ` +
        `ledger_sum by the repository's insert … select … group by ${ms(loaded.monthlyMs)} ms ` +
        `(${(fact?.months ?? 0).toLocaleString('en-US')} rows), ANALYZE ${ms(loaded.analyzeMs)} ms`,
    );
    console.log(
      `  sizes with indexes: ledger_entry ${Math.round(Number(fact?.entry) / MB)} MB, ledger_sum ` +
        `${Math.round(Number(fact?.month) / MB)} MB`,
    );

    // The statement's own figures, to check the hand-written query against.
    const units = org.units.map((unit) => ({ id: unit.id, parentId: unit.parentId }));
    const expected = await statementFigures(db, units, org.root.id, YEAR, throughMonth);
    const got = await aggregate(db, 'ledger_entry', org.root.id, throughMonth);
    const fromMonths = await aggregate(db, 'ledger_sum', org.root.id, throughMonth);
    const same = (found: readonly AggregateRow[]) =>
      found.length === expected.size &&
      found.every((row) => {
        const figures = expected.get(row.row_id);
        return figures?.costs.toString() === row.costs && figures.revenues.toString() === row.revenues;
      });
    const sameFigures = same(got) && same(fromMonths);

    const runs = { statement: [] as number[], aggregate: [] as number[], monthAggregate: [] as number[] };
    let statementRows = 0;
    const timed = async (action: () => Promise<unknown>) => {
      const started = performance.now();
      await action();
      return performance.now() - started;
    };
    const statement = async () => {
      const table = await statementOf(db, org.root.code, YEAR);
      statementRows = table.groups.flatMap((group) => group.rows).filter((row) => row.key !== 'total').length;
    };
    for (let index = 0; index < WARMUP + RUNS; index += 1) {
      const times = {
        statement: await timed(statement),
        aggregate: await timed(() => aggregate(db, 'ledger_entry', org.root.id, throughMonth)),
        monthAggregate: await timed(() => aggregate(db, 'ledger_sum', org.root.id, throughMonth)),
      };
      if (index >= WARMUP) {
        runs.statement.push(times.statement);
        runs.aggregate.push(times.aggregate);
        runs.monthAggregate.push(times.monthAggregate);
      }
    }
    const timer = new QueryTimer();
    const capture = new RawCapture();
    const sqlRun = performance.now();
    await statementOf(db.withPlugin(timer).withPlugin(capture), org.root.code, YEAR);
    const statementSqlRunMs = performance.now() - sqlRun;
    const heaviest = capture.heaviestLedgerQuery();
    if (!heaviest) {
      throw new Error('the statement ran no query on ledger_sum');
    }

    const stats = {
      statement: summarise(runs.statement),
      aggregate: summarise(runs.aggregate),
      monthAggregate: summarise(runs.monthAggregate),
    };
    const plans = {
      sumLedger: await explain(client, heaviest.sql, heaviest.parameters),
      aggregate: await explain(
        client,
        aggregateSql('ledger_entry', throughMonth),
        aggregateParameters('ledger_entry', org.root.id, throughMonth),
      ),
      monthAggregate: await explain(
        client,
        aggregateSql('ledger_sum', throughMonth),
        aggregateParameters('ledger_sum', org.root.id, throughMonth),
      ),
    };

    // A municipality has last year's ledger too, and the statement then sums it twice more (through the
    // month, and whole). Last year's monthly sums, made from this year's (ledger_sum alone: the statement
    // reads nothing else), and the statement again.
    await client.query(
      `insert into ledger_sum (year, org_unit_id, account, ${MONTH_COLUMNS.join(', ')})
       select year - 1, org_unit_id, account, ${MONTH_COLUMNS.map((column) => `${column} * 9 / 10`).join(', ')}
       from ledger_sum where year = $1`,
      [YEAR],
    );
    await client.query('analyze ledger_sum');
    const withPrevious: number[] = [];
    for (let index = 0; index < WARMUP + RUNS; index += 1) {
      const elapsed = await timed(statement);
      if (index >= WARMUP) {
        withPrevious.push(elapsed);
      }
    }
    const previousTimer = new QueryTimer();
    await statementOf(db.withPlugin(previousTimer), org.root.code, YEAR);
    const result: StatementResult = {
      label,
      rows,
      units: org.units.length,
      centres: org.centres.length,
      ledgerSumRows: fact?.months ?? 0,
      tableMb: { ledger_entry: Number(fact?.entry) / MB, ledger_sum: Number(fact?.month) / MB },
      indexes,
      load: {
        method:
          'SQL: one insert … select from generate_series into ledger_entry (foreign-key triggers off), ' +
          "then ledger_sum by the repository's sumLedgerEntries, then ANALYZE",
        ...loaded,
      },
      throughMonth,
      ...stats,
      ratio: stats.statement.medianMs / stats.aggregate.medianMs,
      monthRatio: stats.statement.medianMs / stats.monthAggregate.medianMs,
      sameFigures,
      statementRows,
      children: expected.size,
      statementSql: timer.report(),
      statementSqlRunMs,
      sumLedgerQuery: { sql: heaviest.sql, parameters: heaviest.parameters },
      plans,
      withPreviousYear: summarise(withPrevious),
      withPreviousYearSql: previousTimer.report(),
    };
    printStatement(result);
    return result;
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
  }
}

function printStatement(result: StatementResult): void {
  const line = (name: string, stats: Stats) =>
    console.log(
      `  ${name.padEnd(66)} median ${ms(stats.medianMs).padStart(7)} ms  ` +
        `p95 ${ms(stats.p95Ms).padStart(7)}  min ${ms(stats.minMs).padStart(7)}  max ${ms(stats.maxMs).padStart(7)}`,
    );
  console.log(`\n  ${RUNS} runs each after ${WARMUP} warm-ups, alternating:`);
  line(
    `operatingStatement (${result.children} children, ${result.statementRows} table rows, months 1–${result.throughMonth})`,
    result.statement,
  );
  line('hand-written aggregate over ledger_entry', result.aggregate);
  line('the same over ledger_sum (information)', result.monthAggregate);
  console.log(
    `  statement / aggregate ${result.ratio.toFixed(3)}; statement / the same over ledger_sum ` +
      `${result.monthRatio.toFixed(2)}; ${result.sameFigures ? 'the same figures' : 'FIGURES DIFFER'} per child`,
  );
  console.log(
    `\n  one more statement, its queries (side by side on the pool), ${ms(result.statementSqlRunMs)} ms in all:`,
  );
  for (const statement of result.statementSql) {
    console.log(
      `    ${statement.statement.padEnd(52)} ${String(statement.count).padStart(3)} × ${ms(statement.totalMs).padStart(7)} ms ` +
        `(max ${ms(statement.maxMs)})`,
    );
  }
  line("the statement with last year's monthly sums too", result.withPreviousYear);
  console.log(
    `    its queries: ${result.withPreviousYearSql.map((q) => `${q.statement} ${q.count} × ${ms(q.totalMs)} ms`).join('; ')}`,
  );
  console.log(
    `\n  the statement's heaviest query (sumLedger), parameters ${JSON.stringify(result.sumLedgerQuery.parameters)}, ` +
      'EXPLAIN (ANALYZE, BUFFERS):',
  );
  console.log(`    ${result.sumLedgerQuery.sql.replace(/\s+/g, ' ').trim()}`);
  for (const row of result.plans.sumLedger) {
    console.log(`    ${row}`);
  }
}
