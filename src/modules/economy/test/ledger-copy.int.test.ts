/**
 * The ledger's rows and monthly sums written by COPY in its binary format (platform/db/copy.ts) on both
 * engines: any text comes back as it went in (quotes, tabs, backslashes, line breaks, Swedish letters, COPY's
 * own `\N` and `\.`), every type the ledger writes reads back the same, nulls stay null, data of several
 * CopyData parts arrive whole, and a COPY that fails fails its statement alone: the transaction rolls back
 * with everything it wrote and the connection goes on.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../test/db-engines.ts';
import { CopyBinary, copyIn, copyInAsMade, textField, uuidField } from '../../../platform/db/copy.ts';
import type { Database } from '../../database.ts';
import {
  hasLedger,
  LedgerRowBatch,
  lastLedgerMonth,
  MONTH_COLUMNS,
  sumLedger,
  writeLedgerSums,
} from '../db/ledger-repository.ts';
import { economyMigrations } from '../db/migrations.ts';
import { type LedgerMonthSum, type LedgerRow, MonthlySums } from '../domain/ledger.ts';

let database: TestDatabase;
const unitA = randomUUID();
const unitB = randomUUID();
const importId = randomUUID();

beforeAll(async () => {
  database = await openTestDatabase();
  await sql`
    insert into org_unit (id, code, name, kind, parent_id, valid_from, sort_order)
    values (${unitA}, 'COPYA', 'Enhet A', 'unit', null, '2000-01-01', 1),
      (${unitB}, 'COPYB', 'Enhet B', 'unit', null, '2000-01-01', 2)`.execute(database.db);
});
afterEach(async () => {
  await sql`delete from ledger_entry where import_id = ${importId}`.execute(database.db);
});
afterAll(async () => {
  await database?.close();
});

/** Texts that COPY's text format would misread unescaped, and some it reads as they are. */
const AWKWARD = [
  'Faktura "Åhléns" – ärende 7',
  'tab\there',
  'back\\slash',
  '\\N',
  '\\.',
  'line\nbreak',
  'carriage\rreturn',
  'end with backslash\\',
  '  leading and trailing spaces  ',
  'ÅÄÖ åäö é ü ß €',
  "it's",
  '',
];

/** Rows written as a load writes them: added to a batch, then one COPY. */
async function insertLedgerRows(db: Kysely<Database>, importId: string, rows: readonly LedgerRow[]) {
  const batch = new LedgerRowBatch(importId, 2025);
  for (const { month, orgUnitId, account, amountOre, date, voucher, costCentre } of rows) {
    batch.add(month, orgUnitId, account, amountOre, date, voucher, costCentre);
  }
  await batch.write(db);
}

function row(index: number, voucher: string): LedgerRow {
  return {
    year: 2025,
    month: ((index % 12) + 1) as LedgerRow['month'],
    orgUnitId: index % 2 === 0 ? unitA : unitB,
    account: index % 3 === 0 ? '4010' : '3410',
    amountOre: BigInt(index % 2 === 0 ? index * 101 : -index * 99),
    date: `2025-${String((index % 12) + 1).padStart(2, '0')}-15`,
    voucher,
    costCentre: index % 4 === 0 ? `KS "${index}"\t\\` : 'Kostnadsställe ö',
  };
}

async function storedRows(): Promise<LedgerRow[]> {
  const { rows } = await sql<{
    month: number;
    org_unit_id: string;
    account: string;
    amount_ore: string;
    entry_date: string;
    voucher: string;
    cost_centre: string;
  }>`
    select month, org_unit_id, account, amount_ore::text, entry_date, voucher, cost_centre from ledger_entry
    where import_id = ${importId} order by ledger_entry.amount_ore`.execute(database.db);
  return rows.map((stored) => ({
    year: 2025,
    month: stored.month as LedgerRow['month'],
    orgUnitId: stored.org_unit_id,
    account: stored.account,
    amountOre: BigInt(stored.amount_ore),
    date: stored.entry_date,
    voucher: stored.voucher,
    costCentre: stored.cost_centre,
  }));
}

/** Sums as a load gathers them. */
function monthly(sums: readonly LedgerMonthSum[]): MonthlySums {
  const gathered = new MonthlySums();
  for (const { month, orgUnitId, account, amountOre } of sums) {
    gathered.add(month, orgUnitId, account, amountOre);
  }
  return gathered;
}

/** A year's sums as ledger_sum holds them, a month at a time: "month unit account öre", sorted. */
async function storedSums(db: Kysely<Database>, year: number): Promise<string[]> {
  const months = MONTH_COLUMNS.map((column, index) => sql`(${index + 1}::int, ${sql.ref(column)})`);
  const { rows } = await sql<{ sum: string }>`
    select concat_ws(' ', m.month, s.org_unit_id, s.account, m.amount) as sum
    from ledger_sum s cross join lateral (values ${sql.join(months)}) as m (month, amount)
    where s.year = ${year} and m.amount is not null`.execute(db);
  return rows.map((row) => row.sum).sort();
}

const asText = (sums: readonly LedgerMonthSum[]) =>
  sums.map((sum) => `${sum.month} ${sum.orgUnitId} ${sum.account} ${sum.amountOre}`).sort();

const wholeYear = (year: number) => ({ year, firstMonth: 1, lastMonth: 12 }) as const;

const byAmount = (a: LedgerRow, b: LedgerRow) => (a.amountOre < b.amountOre ? -1 : 1);

describe('the ledger written by COPY', () => {
  it('stores every text as it was, in the transaction it runs in', async () => {
    const rows = AWKWARD.map((voucher, index) => row(index + 1, voucher));
    await database.db.transaction().execute(async (trx) => {
      await insertLedgerRows(trx, importId, rows);
      const { rows: counted } = await sql<{ n: number }>`
        select count(*)::int as n from ledger_entry where import_id = ${importId}`.execute(trx);
      expect(counted[0]?.n).toBe(rows.length);
    });
    expect(await storedRows()).toEqual([...rows].sort(byAmount));
  });

  it('sends data longer than one CopyData part whole', async () => {
    const long = 'Lång text med åäö och \\ och \t '.repeat(40);
    const rows = Array.from({ length: 3_000 }, (_, index) => row(index + 1, `${index} ${long}`));
    await database.db.transaction().execute((trx) => insertLedgerRows(trx, importId, rows));
    const stored = await storedRows();
    expect(stored.length).toBe(rows.length);
    expect(stored).toEqual([...rows].sort(byAmount));
  });

  it('reads back every type as it was written, nulls null and the text "\\N" text', async () => {
    await sql`
      create table copy_probe (n smallint, i integer, b bigint, d date, u uuid, t text)`.execute(database.db);
    const id = randomUUID();
    const data = new CopyBinary();
    data
      .row(6)
      .int16(1)
      .int32(-2_147_483_648)
      .int64(-1n)
      .date('1999-12-31')
      .encoded(uuidField(id))
      .text('\\N');
    data.row(6).int16(-32_768).int32(0).int64(9_007_199_254_740_993n).date('2024-02-29').null().text('');
    data
      .row(6)
      .int16(32_767)
      .null()
      .int64(-9_223_372_036_854_775_808n)
      .null()
      .null()
      .encoded(textField('å\tø'));
    data.row(6).null().int32(7).int64(Number.MAX_SAFE_INTEGER).date('9999-12-31').null().null();
    await database.db.transaction().execute(async (trx) => {
      expect(
        await copyIn(trx, 'copy copy_probe (n, i, b, d, u, t) from stdin with (format binary)', data.take()),
      ).toBe(4);
    });
    const { rows } = await sql<Record<string, string | number | null>>`
      select n, i, b::text, d::text, u::text, t from copy_probe order by n nulls last`.execute(database.db);
    expect(rows).toEqual([
      { n: -32_768, i: 0, b: '9007199254740993', d: '2024-02-29', u: null, t: '' },
      { n: 1, i: -2_147_483_648, b: '-1', d: '1999-12-31', u: id, t: '\\N' },
      { n: 32_767, i: null, b: '-9223372036854775808', d: null, u: null, t: 'å\tø' },
      { n: null, i: 7, b: String(Number.MAX_SAFE_INTEGER), d: '9999-12-31', u: null, t: null },
    ]);
  });

  it('fails a bad COPY alone: the transaction rolls back whole and the connection goes on', async () => {
    // Refused by the server in the middle of the COPY's data: ledger_entry checks the month.
    const bad = { ...row(1, 'ok'), month: 13 as LedgerRow['month'] };
    await expect(
      database.db.transaction().execute(async (trx) => {
        await insertLedgerRows(trx, importId, [row(2, 'first batch')]);
        await insertLedgerRows(trx, importId, [row(3, 'fine'), bad]);
      }),
    ).rejects.toThrow(/ledger_entry_month_check/);
    expect(await storedRows()).toEqual([]);
    // A COPY into a table that does not exist fails before its data, which the backend then drops.
    await expect(
      database.db
        .transaction()
        .execute((trx) => copyIn(trx, 'copy no_such_table from stdin', [Buffer.from('1\n')])),
    ).rejects.toThrow(/no_such_table/);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('sends data as it is made, part by part, and gives a COPY up when making its data fails', async () => {
    await sql`create table copy_made (i integer, t text)`.execute(database.db);
    const statement = 'copy copy_made (i, t) from stdin with (format binary)';
    const long = 'Lång rad '.repeat(1_000);
    const made = await database.db.transaction().execute((trx) =>
      copyInAsMade(trx, statement, (send) => {
        const data = new CopyBinary(send);
        for (let i = 0; i < 500; i++) {
          data.row(2).int32(i).text(`${i} ${long}`);
        }
        for (const part of data.take()) {
          send(part);
        }
      }),
    );
    expect(made).toBe(500);
    const { rows } = await sql<{ n: number; sum: number; whole: boolean }>`
      select count(*)::int as n, sum(i)::int as sum, bool_and(t = i || ' ' || ${long}) as whole
      from copy_made`.execute(database.db);
    expect(rows[0]).toEqual({ n: 500, sum: (499 * 500) / 2, whole: true });
    // The data fails half-way, after a part has gone: the COPY fails with that error, nothing is stored,
    // and the connection goes on.
    await expect(
      database.db.transaction().execute((trx) =>
        copyInAsMade(trx, statement, (send) => {
          const data = new CopyBinary(send);
          for (let i = 0; i < 500; i++) {
            data.row(2).int32(i).text(`${i} ${long}`);
          }
          throw new Error('no more rows to make');
        }),
      ),
    ).rejects.toThrow('no more rows to make');
    const { rows: after } = await sql<{ n: number }>`select count(*)::int as n from copy_made`.execute(
      database.db,
    );
    expect(after[0]?.n).toBe(500);
  });

  it('writes monthly sums, beyond 2^53 too, and refuses sums on a unit that does not exist', async () => {
    const sums: LedgerMonthSum[] = [
      { month: 3, orgUnitId: unitB, account: '4010', amountOre: 5n },
      { month: 1, orgUnitId: unitB, account: '3410', amountOre: -7n },
      { month: 1, orgUnitId: unitA, account: '4010', amountOre: 12_345_678_901n },
      { month: 2, orgUnitId: unitA, account: '4010', amountOre: 9_007_199_254_740_993n },
      { month: 1, orgUnitId: unitA, account: '3410', amountOre: -1n },
      { month: 12, orgUnitId: unitA, account: '3410', amountOre: 0n },
    ] as LedgerMonthSum[];
    await database.db.transaction().execute((trx) => writeLedgerSums(trx, wholeYear(2031), monthly(sums)));
    expect(await storedSums(database.db, 2031)).toEqual(asText(sums));
    // One row per unit and account, its months without rows null.
    const { rows: stored } = await sql<{ n: number }>`
      select count(*)::int as n from ledger_sum where year = 2031`.execute(database.db);
    expect(stored[0]?.n).toBe(4);
    const ghost = { month: 2, orgUnitId: randomUUID(), account: '4010', amountOre: 1n } as LedgerMonthSum;
    await expect(
      database.db
        .transaction()
        .execute((trx) => writeLedgerSums(trx, wholeYear(2032), monthly([...sums, ghost]))),
    ).rejects.toThrow(/do not exist/);
    expect(await storedSums(database.db, 2032)).toEqual([]);
  });

  it("keeps the months outside a load's period, replaces those inside it, and reads the sums back", async () => {
    const year = 2033;
    const before = [
      { month: 1, orgUnitId: unitA, account: '4010', amountOre: 100n },
      { month: 3, orgUnitId: unitA, account: '4010', amountOre: 300n },
      { month: 3, orgUnitId: unitB, account: '4010', amountOre: 33n },
      { month: 4, orgUnitId: unitA, account: '3410', amountOre: -40n },
      { month: 9, orgUnitId: unitA, account: '4010', amountOre: 9n },
    ] as LedgerMonthSum[];
    await database.db.transaction().execute((trx) => writeLedgerSums(trx, wholeYear(year), monthly(before)));
    // March to April again: unit B's March and unit A's April are gone from the new file, unit B has a new
    // account.
    const spring = [
      { month: 3, orgUnitId: unitA, account: '4010', amountOre: 301n },
      { month: 4, orgUnitId: unitB, account: '4020', amountOre: 44n },
    ] as LedgerMonthSum[];
    await database.db
      .transaction()
      .execute((trx) => writeLedgerSums(trx, { year, firstMonth: 3, lastMonth: 4 }, monthly(spring)));
    const kept = before.filter((sum) => sum.month < 3 || sum.month > 4);
    expect(await storedSums(database.db, year)).toEqual(asText([...kept, ...spring]));
    const { rows: empty } = await sql<{ n: number }>`
      select count(*)::int as n from ledger_sum where year = ${year} and org_unit_id = ${unitA}
        and account = '3410'`.execute(database.db);
    expect(empty[0]?.n).toBe(0);

    const sumsThrough = async (month: number) =>
      (await sumLedger(database.db, year, month))
        .map((sum) => `${sum.orgUnitId} ${sum.account} ${sum.amountOre}`)
        .sort();
    expect(await sumsThrough(2)).toEqual([`${unitA} 4010 100`]);
    expect(await sumsThrough(4)).toEqual([`${unitA} 4010 401`, `${unitB} 4020 44`].sort());
    expect(await sumsThrough(12)).toEqual([`${unitA} 4010 410`, `${unitB} 4020 44`].sort());
    expect(await sumLedger(database.db, year, 12, [unitB])).toHaveLength(1);
    expect(await sumLedger(database.db, year, 0)).toEqual([]);
    expect(await lastLedgerMonth(database.db, year)).toBe(9);
    expect(await lastLedgerMonth(database.db, year + 100)).toBeNull();
    expect([await hasLedger(database.db, year, 0), await hasLedger(database.db, year, 1)]).toEqual([
      false,
      true,
    ]);

    // A load of the autumn with no rows at all leaves the spring and clears September.
    await database.db
      .transaction()
      .execute((trx) => writeLedgerSums(trx, { year, firstMonth: 9, lastMonth: 12 }, new MonthlySums()));
    expect(await lastLedgerMonth(database.db, year)).toBe(4);
    expect(await storedSums(database.db, year)).toEqual(asText([before[0], ...spring] as LedgerMonthSum[]));
  });

  it('moves the monthly rows of ledger_month into ledger_sum, a month with two rows summed', async () => {
    const migration = economyMigrations.find(
      (one) => one.name === '20261218T0900-economy-ledger-sum-per-year',
    );
    // Run again inside a transaction that is rolled back: ledger_month as it was, with rows, then the
    // migration.
    class RolledBack extends Error {
      constructor(readonly moved: string[]) {
        super('rolled back');
      }
    }
    const moved = await database.db
      .transaction()
      .execute(async (trx) => {
        await sql`drop table ledger_sum`.execute(trx);
        await sql`
          create table ledger_month (
            year integer not null, month smallint not null, org_unit_id uuid not null,
            account text not null, amount_ore bigint not null)`.execute(trx);
        await sql`
          insert into ledger_month values
            (2020, 1, ${unitA}, '4010', 10), (2020, 1, ${unitA}, '4010', 5), (2020, 12, ${unitA}, '4010', -3),
            (2020, 6, ${unitB}, '3410', 9007199254740993), (2021, 2, ${unitA}, '4010', 0)`.execute(trx);
        await migration?.up(trx as unknown as Kysely<unknown>);
        const { rows } = await sql<{ gone: string | null }>`
          select to_regclass('ledger_month')::text as gone`.execute(trx);
        expect(rows[0]?.gone).toBeNull();
        throw new RolledBack([...(await storedSums(trx, 2020)), ...(await storedSums(trx, 2021))]);
      })
      .catch((error: unknown) => {
        if (error instanceof RolledBack) {
          return error.moved;
        }
        throw error;
      });
    expect(moved).toEqual(
      [`1 ${unitA} 4010 15`, `12 ${unitA} 4010 -3`, `6 ${unitB} 3410 9007199254740993`]
        .sort()
        .concat([`2 ${unitA} 4010 0`]),
    );
  });
});
