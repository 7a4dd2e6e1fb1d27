/**
 * The ledger's bulk data: the files loaded, their transaction rows, and the rows summed per unit, account and
 * month. Rows are written a batch at a time as one `unnest` per column – one statement and nine parameters
 * for thousands of rows, the same SQL on PGlite and on a server.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../database.ts';
import type { LedgerPeriod, LedgerRow } from '../domain/ledger.ts';

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
  if (rows.length === 0) {
    return;
  }
  const column = <T>(pick: (row: LedgerRow) => T) => rows.map(pick);
  await sql`
    insert into ledger_entry
      (import_id, year, month, org_unit_id, account, amount_ore, entry_date, voucher, cost_centre)
    select ${importId}, * from unnest(
      ${column((row) => row.year)}::integer[],
      ${column((row) => row.month)}::smallint[],
      ${column((row) => row.orgUnitId)}::uuid[],
      ${column((row) => row.account)}::text[],
      ${column((row) => row.amountOre.toString())}::bigint[],
      ${column((row) => row.date)}::date[],
      ${column((row) => row.voucher)}::text[],
      ${column((row) => row.costCentre)}::text[])`.execute(db);
}

/** Sums a load's rows per unit, account and month, and records what it held. */
export async function completeLedgerImport(
  db: Db,
  importId: string,
  { year, firstMonth, lastMonth }: LedgerPeriod,
  counts: { vouchers: number; rows: number },
): Promise<void> {
  // Statistics first, inside the transaction: without them the planner takes the new rows for a few
  // thousand groups and sums them on disk.
  await sql`analyze ledger_entry`.execute(db);
  await sql`
    insert into ledger_month (year, month, org_unit_id, account, amount_ore)
    select year, month, org_unit_id, account, sum(amount_ore) from ledger_entry
    where year = ${year} and month between ${firstMonth} and ${lastMonth} and import_id = ${importId}
    group by year, month, org_unit_id, account`.execute(db);
  await sql`
    update ledger_import set vouchers = ${counts.vouchers}, rows = ${counts.rows} where id = ${importId}`.execute(
    db,
  );
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
