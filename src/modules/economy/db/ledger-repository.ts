/**
 * The ledger's bulk data: the files loaded, their transaction rows, and the rows summed per unit, account and
 * month. Rows are written a batch at a time as one `unnest` per column – one statement and a parameter per
 * column for thousands of rows, the same SQL on PGlite and on a server.
 *
 * Each column goes as one array literal written here ("{1,2,3}"), not as a JavaScript array: the driver
 * quotes and escapes every element of an array with two regular expressions, which on a million rows cost
 * more than the rest of the statement's preparation together.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../database.ts';
import type { LedgerMonthSum, LedgerPeriod, LedgerRow } from '../domain/ledger.ts';

export interface LedgerImportRecord {
  readonly id: string;
  readonly year: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly fileName: string;
  readonly fileSize: number;
  readonly sha256: string;
  readonly encoding: string;
  readonly vouchers: number;
  readonly rows: number;
  readonly importedBy: string;
  readonly importedAt: string;
  readonly replacedAt: string | null;
}

export interface NewLedgerImport {
  readonly period: LedgerPeriod;
  readonly fileId: string;
  readonly fileName: string;
  readonly fileSize: number;
  readonly sha256: string;
  readonly encoding: string;
  readonly importedBy: string;
}

type Db = Kysely<Database>;

/**
 * Clears the period for a new file: its rows and sums go, and the loads it covers whole are marked
 * replaced (they stay in the history of loads).
 */
export async function clearPeriod(db: Db, { year, firstMonth, lastMonth }: LedgerPeriod): Promise<void> {
  await sql`
    update ledger_import set replaced_at = now()
    where year = ${year} and replaced_at is null and first_month >= ${firstMonth} and last_month <= ${lastMonth}`.execute(
    db,
  );
  await sql`delete from ledger_entry where year = ${year} and month between ${firstMonth} and ${lastMonth}`.execute(
    db,
  );
  await sql`delete from ledger_month where year = ${year} and month between ${firstMonth} and ${lastMonth}`.execute(
    db,
  );
}

export async function insertLedgerImport(db: Db, load: NewLedgerImport): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into ledger_import
      (year, first_month, last_month, file_id, file_name, file_size, sha256, encoding, vouchers, rows, imported_by)
    values (${load.period.year}, ${load.period.firstMonth}, ${load.period.lastMonth}, ${load.fileId},
      ${load.fileName}, ${load.fileSize}, ${load.sha256}, ${load.encoding}, 0, 0, ${load.importedBy})
    returning id`.execute(db);
  return (rows[0] as { id: string }).id;
}

export async function insertLedgerRows(db: Db, importId: string, rows: readonly LedgerRow[]): Promise<void> {
  const first = rows[0];
  if (first === undefined) {
    return;
  }
  const columns = new ArrayLiterals(7);
  for (const row of rows) {
    if (row.year !== first.year) {
      throw new Error('insertLedgerRows: one batch, one year');
    }
    columns.add(0, String(row.month));
    columns.add(1, row.orgUnitId);
    columns.add(2, row.account);
    columns.add(3, row.amountOre.toString());
    columns.add(4, row.date);
    columns.add(5, row.voucher);
    columns.add(6, row.costCentre);
  }
  const [months, units, accounts, amounts, dates, vouchers, centres] = columns.literals();
  await sql`
    insert into ledger_entry
      (import_id, year, month, org_unit_id, account, amount_ore, entry_date, voucher, cost_centre)
    select ${importId}::uuid, ${first.year}::integer, * from unnest(
      ${months}::smallint[], ${units}::uuid[], ${accounts}::text[], ${amounts}::bigint[], ${dates}::date[],
      ${vouchers}::text[], ${centres}::text[])`.execute(db);
}

/** Monthly sums written per statement. */
const MONTH_BATCH = 10_000;

/** A load's monthly sums (summed while its rows were read: see MonthlySums) into ledger_month. */
export async function insertLedgerMonths(
  db: Db,
  year: number,
  sums: Iterable<LedgerMonthSum>,
): Promise<void> {
  let columns = new ArrayLiterals(4);
  for (const sum of sums) {
    columns.add(0, String(sum.month));
    columns.add(1, sum.orgUnitId);
    columns.add(2, sum.account);
    columns.add(3, sum.amountOre.toString());
    if (columns.count === MONTH_BATCH) {
      await insertMonths(db, year, columns);
      columns = new ArrayLiterals(4);
    }
  }
  await insertMonths(db, year, columns);
}

async function insertMonths(db: Db, year: number, columns: ArrayLiterals): Promise<void> {
  if (columns.count === 0) {
    return;
  }
  const [months, units, accounts, amounts] = columns.literals();
  await sql`
    insert into ledger_month (year, month, org_unit_id, account, amount_ore)
    select ${year}::integer, * from unnest(
      ${months}::smallint[], ${units}::uuid[], ${accounts}::text[], ${amounts}::bigint[])`.execute(db);
}

/** Records what a load held, and the encoding it was read in (decided only once the file had been read). */
export async function completeLedgerImport(
  db: Db,
  importId: string,
  counts: { vouchers: number; rows: number; encoding?: string },
): Promise<void> {
  await sql`
    update ledger_import set vouchers = ${counts.vouchers}, rows = ${counts.rows},
      encoding = coalesce(${counts.encoding ?? null}, encoding)
    where id = ${importId}`.execute(db);
}

/**
 * Sums rows already in ledger_entry per unit, account and month into ledger_month: for rows written some
 * other way than by a load (the benchmark fills ledger_entry with SQL). A load sums its rows as it reads them.
 */
export async function sumLedgerEntries(
  db: Db,
  importId: string,
  { year, firstMonth, lastMonth }: LedgerPeriod,
): Promise<void> {
  // Statistics first, inside the transaction: without them the planner takes the new rows for a few
  // thousand groups and sums them on disk.
  await sql`analyze ledger_entry`.execute(db);
  await sql`
    insert into ledger_month (year, month, org_unit_id, account, amount_ore)
    select year, month, org_unit_id, account, sum(amount_ore) from ledger_entry
    where year = ${year} and month between ${firstMonth} and ${lastMonth} and import_id = ${importId}
    group by year, month, org_unit_id, account`.execute(db);
}

/**
 * Columns of text values as PostgreSQL array literals. A value goes bare when it is plainly one (digits,
 * letters, a uuid, a date), else in quotes with \ and " escaped, which array_in reads back to the same text.
 */
class ArrayLiterals {
  private readonly columns: string[];
  count = 0;

  constructor(columns: number) {
    this.columns = new Array<string>(columns).fill('');
  }

  add(column: number, value: string): void {
    const element = isBareElement(value) ? value : quotedElement(value);
    const text = this.columns[column] as string;
    this.columns[column] = text === '' ? element : `${text},${element}`;
    if (column === 0) {
      this.count++;
    }
  }

  literals(): string[] {
    return this.columns.map((text) => `{${text}}`);
  }
}

/** Letters, digits and . - _ : only, and not NULL (which bare means null): safe unquoted in an array. */
function isBareElement(value: string): boolean {
  if (value.length === 0 || (value.length === 4 && value.toUpperCase() === 'NULL')) {
    return false;
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const plain =
      (code >= 48 && code <= 58) || // 0-9 and :
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 45 || // -
      code === 46 || // .
      code === 95; // _
    if (!plain) {
      return false;
    }
  }
  return true;
}

function quotedElement(value: string): string {
  const escaped = value.includes('\\') || value.includes('"') ? value.replace(/[\\"]/g, '\\$&') : value;
  return `"${escaped}"`;
}

interface ImportRow {
  id: string;
  year: number;
  first_month: number;
  last_month: number;
  file_name: string;
  file_size: string | number;
  sha256: string;
  encoding: string;
  vouchers: number;
  rows: number;
  imported_by: string;
  imported_at: Date;
  replaced_at: Date | null;
}

/** The loads, newest first, optionally of one year. */
export async function listLedgerImports(db: Db, year?: number): Promise<LedgerImportRecord[]> {
  let query = db.selectFrom('ledger_import').selectAll().orderBy('imported_at', 'desc').orderBy('id');
  if (year !== undefined) {
    query = query.where('year', '=', year);
  }
  return ((await query.execute()) as ImportRow[]).map((row) => ({
    id: row.id,
    year: row.year,
    firstMonth: row.first_month,
    lastMonth: row.last_month,
    fileName: row.file_name,
    fileSize: Number(row.file_size),
    sha256: row.sha256,
    encoding: row.encoding,
    vouchers: row.vouchers,
    rows: row.rows,
    importedBy: row.imported_by,
    importedAt: row.imported_at.toISOString(),
    replacedAt: row.replaced_at?.toISOString() ?? null,
  }));
}

/**
 * Net amounts (öre, ledger sign) per unit and account over months of a year: of every unit, or of the units
 * `unitIds` names (a subtree: a twentieth of the municipality is read in a twentieth of the time).
 */
export async function sumLedger(
  db: Db,
  year: number,
  throughMonth: number,
  unitIds?: readonly string[],
): Promise<{ orgUnitId: string; account: string; amountOre: bigint }[]> {
  const units = unitIds === undefined ? sql`` : sql`and org_unit_id = any(${sql.val([...unitIds])}::uuid[])`;
  const { rows } = await sql<{ org_unit_id: string; account: string; amount_ore: string }>`
    select org_unit_id, account, sum(amount_ore)::text as amount_ore from ledger_month
    where year = ${year} and month <= ${throughMonth} ${units}
    group by org_unit_id, account`.execute(db);
  return rows.map((row) => ({
    orgUnitId: row.org_unit_id,
    account: row.account,
    amountOre: BigInt(row.amount_ore),
  }));
}

/** Whether the ledger has any rows for the year's months up to `throughMonth`. */
export async function hasLedger(db: Db, year: number, throughMonth: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from ledger_month where year = ${year} and month <= ${throughMonth}) as found`.execute(
    db,
  );
  return rows[0]?.found === true;
}

/** The last month of a year that has ledger rows, or null. */
export async function lastLedgerMonth(db: Db, year: number): Promise<number | null> {
  const { rows } = await sql<{ month: number | null }>`
    select max(month)::int as month from ledger_month where year = ${year}`.execute(db);
  return rows[0]?.month ?? null;
}
