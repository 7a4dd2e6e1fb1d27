/**
 * The ledger's bulk data: the files loaded, their transaction rows, and the rows summed per unit, account and
 * month (ledger_sum: a row per year, unit and account, a column per month). Rows and sums are written by COPY
 * in COPY's binary format, on the load's own transaction (platform/db/copy.ts): the same SQL and the same
 * bytes on PGlite and on a server, and none of the per-statement parsing, planning and array unpacking of the
 * `unnest` inserts they replace, nor the parsing of text that COPY's text format costs the server
 * (ADR 0013).
 */
import { type Kysely, sql } from 'kysely';
import type { Month } from '#core/period.ts';
import { CopyBinary, copyIn, copyInAsMade, uuidField } from '#platform/db/copy.ts';
import type { Database } from '../../database.ts';
import type { LedgerPeriod, LedgerRowSink, MonthlySums } from '../domain/ledger.ts';

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

/** The advisory locks of ledger loads: this key and the year (two int4 keys, as pg_advisory_xact_lock takes). */
const LEDGER_LOCK = 0x4c454447; // "LEDG"

/**
 * Waits until no other load of the year is under way, and keeps others of it waiting until this transaction
 * ends: two loads of a year side by side would each clear the period before the other had written, and the
 * rows of both would stay.
 */
export async function lockLedgerYear(db: Db, year: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LEDGER_LOCK}::int, ${year}::int)`.execute(db);
}

/**
 * Clears the period for a new file: its rows go, and the loads it covers whole are marked replaced (they
 * stay in the history of loads). Its sums are replaced when the load writes its own (writeLedgerSums).
 */
export async function clearPeriod(db: Db, { year, firstMonth, lastMonth }: LedgerPeriod): Promise<void> {
  await sql`
    update ledger_import set replaced_at = now()
    where year = ${year} and replaced_at is null and first_month >= ${firstMonth} and last_month <= ${lastMonth}`.execute(
    db,
  );
  // Block ranges filled since the last summary are read by the delete whatever they hold: summarized first,
  // they are skipped unless they hold the period's rows (some 80 ms per 500 000 rows, once per range).
  await sql`select brin_summarize_new_values('ledger_entry_period_idx')`.execute(db);
  await sql`delete from ledger_entry where year = ${year} and month between ${firstMonth} and ${lastMonth}`.execute(
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
  (import_id, year, month, org_unit_id, account, amount_ore, entry_date, voucher, cost_centre)
  from stdin with (format binary)`;
const ENTRY_FIELDS = 9;

/**
 * A load's rows for ledger_entry, written into COPY's binary format as they come (the mapper's sink: no
 * object per row), and by `write` a batch at a time in one COPY on the load's transaction
 * (platform/db/copy.ts). The load's id and its units' ids, the same on many rows, are encoded once.
 */
export class LedgerRowBatch implements LedgerRowSink {
  private readonly data = new CopyBinary();
  private readonly importId: Uint8Array;
  private readonly units = new UuidFields();

  constructor(
    importId: string,
    private readonly year: number,
  ) {
    this.importId = uuidField(importId);
  }

  /** Rows added since the last write. */
  get rows(): number {
    return this.data.rows;
  }

  readonly add: LedgerRowSink['add'] = (month, orgUnitId, account, amountOre, date, voucher, costCentre) => {
    this.data
      .row(ENTRY_FIELDS)
      .encoded(this.importId)
      .int32(this.year)
      .int16(month)
      .encoded(this.units.of(orgUnitId))
      .text(account)
      .int64(amountOre)
      .date(date)
      .text(voucher)
      .text(costCentre);
  };

  /** Forgets the rows added since the last write. */
  clear(): void {
    this.data.take();
  }

  /** Writes the rows added since the last write; rows added meanwhile go in the next. */
  async write(db: Db): Promise<void> {
    const data = this.data.take();
    if (data.length > 0) {
      await copyIn(db, ENTRY_COPY, data);
    }
  }
}

/** Units' ids as COPY fields, each encoded once. */
class UuidFields {
  private readonly fields = new Map<string, Uint8Array>();

  of(id: string): Uint8Array {
    let field = this.fields.get(id);
    if (field === undefined) {
      field = uuidField(id);
      this.fields.set(id, field);
    }
    return field;
  }
}

/** ledger_sum's month columns, January first: a month's sum in öre, null for a month without rows. */
export const MONTH_COLUMNS: readonly string[] = Array.from(
  { length: 12 },
  (_, index) => `amount_ore_${String(index + 1).padStart(2, '0')}`,
);

/** The columns of the months 1 to `throughMonth` (none below 1, all twelve above 12). */
function monthsThrough(throughMonth: number): readonly string[] {
  return MONTH_COLUMNS.slice(0, Math.max(0, Math.min(12, Math.floor(throughMonth))));
}

/**
 * A load's monthly sums (summed while its rows were read: see MonthlySums) into ledger_sum, which holds the
 * year's sums per unit and account in a row: the year's rows are written whole, by one COPY in the order of
 * their key. A load of some months keeps the year's other months: their sums are read into the load's first.
 * ledger_sum has no foreign key to org_unit, as ledger_month lost its own (migration 20261214T0900): the units
 * are checked here, once each, with the lock a foreign key's check takes (`for key share`), so none can go
 * while the load's transaction is open, as with the key.
 */
export async function writeLedgerSums(db: Db, period: LedgerPeriod, sums: MonthlySums): Promise<void> {
  const { year } = period;
  await keepOtherMonths(db, period, sums);
  await sql`delete from ledger_sum where year = ${year}`.execute(db);
  if (sums.size === 0) {
    return;
  }
  await lockUnits(db, sums.unitIds);
  // Sent a megabyte at a time as the sums are encoded: the server stores the first while the rest are made.
  await copyInAsMade(
    db,
    `copy ledger_sum (year, org_unit_id, account, ${MONTH_COLUMNS.join(', ')}) from stdin with (format binary)`,
    (send) => {
      const data = new CopyBinary(send);
      const units = new UuidFields();
      sums.forEachAccountYear((orgUnitId, account, months) => {
        data
          .row(3 + MONTH_COLUMNS.length)
          .int32(year)
          .encoded(units.of(orgUnitId))
          .text(account);
        for (const amountOre of months) {
          if (amountOre === undefined) {
            data.null();
          } else {
            data.int64(amountOre);
          }
        }
      });
      for (const part of data.take()) {
        send(part);
      }
    },
  );
}

/** Adds the sums ledger_sum holds of the year's months outside the period to a load's `sums`. */
async function keepOtherMonths(db: Db, { year, firstMonth, lastMonth }: LedgerPeriod, sums: MonthlySums) {
  const kept = MONTH_COLUMNS.map((column, index) => ({ column, month: (index + 1) as Month })).filter(
    ({ month }) => month < firstMonth || month > lastMonth,
  );
  if (kept.length === 0) {
    return;
  }
  const { rows } = await sql<Record<string, string | null>>`
    select org_unit_id, account, ${sql.raw(kept.map(({ column }) => `${column}::text`).join(', '))}
    from ledger_sum where year = ${year}`.execute(db);
  for (const row of rows) {
    for (const { column, month } of kept) {
      const amountOre = row[column];
      if (amountOre !== null && amountOre !== undefined) {
        sums.add(month, row.org_unit_id as string, row.account as string, BigInt(amountOre));
      }
    }
  }
}

/**
 * The units the sums are on must exist, and stay until the load commits: what a foreign key of the monthly
 * sums did per row, once per unit. A unit missing is a bug (units come from the mapping read in this
 * transaction, and are retired, never deleted), so it fails the load like the key's violation did.
 */
async function lockUnits(db: Db, units: readonly string[]): Promise<void> {
  const { rows } = await sql<{ found: number }>`
    select count(*)::int as found from (
      select id from org_unit where id = any(${`{${units.join(',')}}`}::uuid[]) for key share) as units`.execute(
    db,
  );
  if ((rows[0]?.found ?? 0) !== units.length) {
    throw new Error(`ledger_sum: ${units.length - (rows[0]?.found ?? 0)} of the load's units do not exist`);
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
 * Sums a year's rows already in ledger_entry per unit, account and month into ledger_sum, in place of the
 * year's sums: for rows written some other way than by a load (the benchmark fills ledger_entry with SQL).
 * A load sums its rows as it reads them.
 */
export async function sumLedgerEntries(db: Db, importId: string, year: number): Promise<void> {
  // Statistics first, inside the transaction: without them the planner takes the new rows for a few
  // thousand groups and sums them on disk.
  await sql`analyze ledger_entry`.execute(db);
  await sql`delete from ledger_sum where year = ${year}`.execute(db);
  const sums = MONTH_COLUMNS.map((_, index) => `sum(amount_ore) filter (where month = ${index + 1})::bigint`);
  await sql`
    insert into ledger_sum (year, org_unit_id, account, ${sql.raw(MONTH_COLUMNS.join(', '))})
    select year, org_unit_id, account, ${sql.raw(sums.join(', '))} from ledger_entry
    where year = ${year} and import_id = ${importId}
    group by year, org_unit_id, account`.execute(db);
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
 * Net amounts (öre, ledger sign) per unit and account over the months 1 to `throughMonth` of a year: of every
 * unit, or of the units `unitIds` names (a subtree: a twentieth of the municipality is read in a twentieth of
 * the time). A unit and account without rows in those months is left out.
 */
export async function sumLedger(
  db: Db,
  year: number,
  throughMonth: number,
  unitIds?: readonly string[],
): Promise<{ orgUnitId: string; account: string; amountOre: bigint }[]> {
  const months = monthsThrough(throughMonth);
  if (months.length === 0) {
    return [];
  }
  const units = unitIds === undefined ? sql`` : sql`and org_unit_id = any(${sql.val([...unitIds])}::uuid[])`;
  // Added as bigint, a quarter of the time numeric takes (4 against 16–24 ms for a year's 14 000 rows): twelve
  // months of up to 7,7 × 10^15 kr each stay inside it, far beyond any municipality's year.
  const total = months.map((column) => `coalesce(${column}, 0)`).join(' + ');
  const { rows } = await sql<{ org_unit_id: string; account: string; amount_ore: string }>`
    select org_unit_id, account, (${sql.raw(total)})::text as amount_ore from ledger_sum
    where year = ${year} and ${anyMonth(months)} ${units}`.execute(db);
  return rows.map((row) => ({
    orgUnitId: row.org_unit_id,
    account: row.account,
    amountOre: BigInt(row.amount_ore),
  }));
}

/** Whether the ledger has any rows for the year's months up to `throughMonth`. */
export async function hasLedger(db: Db, year: number, throughMonth: number): Promise<boolean> {
  const months = monthsThrough(throughMonth);
  if (months.length === 0) {
    return false;
  }
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from ledger_sum where year = ${year} and ${anyMonth(months)}) as found`.execute(
    db,
  );
  return rows[0]?.found === true;
}

/** That a row has a sum in one of `months` (columns). */
function anyMonth(months: readonly string[]) {
  return sql.raw(`coalesce(${months.join(', ')}) is not null`);
}

/** The last month of a year that has ledger rows, or null. */
export async function lastLedgerMonth(db: Db, year: number): Promise<number | null> {
  const lastOfRow = MONTH_COLUMNS.map((column, index) => `when ${column} is not null then ${index + 1}`)
    .reverse()
    .join(' ');
  const { rows } = await sql<{ month: number | null }>`
    select max(case ${sql.raw(lastOfRow)} end) as month from ledger_sum where year = ${year}`.execute(db);
  return rows[0]?.month ?? null;
}
