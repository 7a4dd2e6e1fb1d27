/**
 * The ledger's bulk data: the files loaded, their transaction rows, and the rows summed per unit, account and
 * month. Rows and sums are written by COPY in COPY's text format, on the load's own transaction
 * (platform/db/copy-in.ts): the same SQL and the same bytes on PGlite and on a server, and none of the
 * per-statement parsing, planning and array unpacking of the `unnest` inserts they replace (ADR 0013).
 */
import { type Kysely, sql } from 'kysely';
import { CopyText, copyField, copyIn } from '#platform/db/copy-in.ts';
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

/** ledger_entry's columns in the order the COPY of a load's rows gives them. */
const ENTRY_COPY = `copy ledger_entry
  (import_id, year, month, org_unit_id, account, amount_ore, entry_date, voucher, cost_centre) from stdin`;

/** A load's rows into ledger_entry, by COPY on the load's transaction (copy-in.ts). */
export async function insertLedgerRows(db: Db, importId: string, rows: readonly LedgerRow[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const text = new CopyText();
  // The same import id begins every line: escaped once. Year, month and öre are digits.
  const loaded = `${copyField(importId)}\t`;
  for (const row of rows) {
    text.addLine(
      `${loaded}${row.year}\t${row.month}\t${copyField(row.orgUnitId)}\t${copyField(row.account)}\t` +
        `${row.amountOre}\t${copyField(row.date)}\t${copyField(row.voucher)}\t${copyField(row.costCentre)}`,
    );
  }
  await copyIn(db, ENTRY_COPY, text.take());
}

/**
 * A load's monthly sums (summed while its rows were read: see MonthlySums) into ledger_month, by COPY, in the
 * order of its key: the key's index then grows at its right edge instead of taking each row at a random
 * place. ledger_month has no foreign key to org_unit (migration 20261214T0900): the units are checked here,
 * once each, with the lock a foreign key's check takes (`for key share`), so none can go while the load's
 * transaction is open, as with the key.
 */
export async function insertLedgerMonths(
  db: Db,
  year: number,
  sums: Iterable<LedgerMonthSum>,
): Promise<void> {
  const sorted = inKeyOrder(sums);
  if (sorted.length === 0) {
    return;
  }
  await lockUnits(db, sorted);
  let text = new CopyText();
  for (const sum of sorted) {
    text.addLine(
      `${year}\t${sum.month}\t${copyField(sum.orgUnitId)}\t${copyField(sum.account)}\t${sum.amountOre}`,
    );
    if (text.rows === MONTH_BATCH) {
      await copyIn(db, MONTH_COPY, text.take());
      text = new CopyText();
    }
  }
  if (text.rows > 0) {
    await copyIn(db, MONTH_COPY, text.take());
  }
}

/** Monthly sums written per COPY. */
const MONTH_BATCH = 50_000;

const MONTH_COPY = 'copy ledger_month (year, month, org_unit_id, account, amount_ore) from stdin';

/**
 * The sums in ledger_month's key order (its year is one per load): month, unit, account, as PostgreSQL
 * sorts them (a uuid by its bytes, which is its lower-case text's order; accounts are digits). Units and
 * accounts are ranked once, so the sort compares numbers, not strings.
 */
function inKeyOrder(sums: Iterable<LedgerMonthSum>): LedgerMonthSum[] {
  const all = [...sums];
  const unitRank = ranks(all.map((sum) => sum.orgUnitId));
  const accountRank = ranks(all.map((sum) => sum.account));
  const keyed = all.map((sum) => ({
    key:
      (sum.month * 2 ** 20 + (unitRank.get(sum.orgUnitId) ?? 0)) * 2 ** 20 +
      (accountRank.get(sum.account) ?? 0),
    sum,
  }));
  keyed.sort((a, b) => a.key - b.key);
  return keyed.map(({ sum }) => sum);
}

/** Each distinct value's place in code-unit order (at most 2^20 of them: units or accounts of one load). */
function ranks(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort();
  return new Map(distinct.map((value, index) => [value, index]));
}

/**
 * The units the sums are on must exist, and stay until the load commits: what ledger_month's foreign key
 * did per row, once per unit. A unit missing is a bug (units come from the mapping read in this
 * transaction, and are retired, never deleted), so it fails the load like the key's violation did.
 */
async function lockUnits(db: Db, sums: readonly LedgerMonthSum[]): Promise<void> {
  const units = [...new Set(sums.map((sum) => sum.orgUnitId))];
  const { rows } = await sql<{ found: number }>`
    select count(*)::int as found from (
      select id from org_unit where id = any(${`{${units.join(',')}}`}::uuid[]) for key share) as units`.execute(
    db,
  );
  if ((rows[0]?.found ?? 0) !== units.length) {
    throw new Error(`ledger_month: ${units.length - (rows[0]?.found ?? 0)} of the load's units do not exist`);
  }
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
