/**
 * Vouchers handed over as columns (from the reader's thread) map to the same rows, tallies and problems as
 * the vouchers themselves: the columns path and the object path of LedgerMapper held to one result, over
 * batches that share their table of strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomFile } from '../test/sie-arbitraries.ts';
import { KOMMUN_BAS } from './account-class.ts';
import { LedgerMapper, type LedgerMapping, type LedgerRowSink } from './ledger.ts';
import { LedgerReading } from './ledger-reading.ts';
import { cut, DECLARATIONS, encode, lines as fileOf } from './sie4/fixtures.ts';
import { type SieEncoding, SieReader, type SieTransaction, type SieVoucher } from './sie4/index.ts';
import { StringTable } from './string-table.ts';
import { type VoucherColumns, VoucherColumnWriter } from './voucher-columns.ts';

const UNITS: Record<string, string> = {
  '100': '0a000000-0000-4000-8000-000000000000',
  '200': '0b000000-0000-4000-8000-000000000000',
  '456': '0c000000-0000-4000-8000-000000000000',
};
const mapping: LedgerMapping = {
  dimension: 1,
  unitOf: (code) => UNITS[code] ?? null,
  accountRanges: KOMMUN_BAS,
};

let nextLine = 1;
function tx(account: string, amountOre: bigint, objects: [number, string][] = [[1, '100']]): SieTransaction {
  return {
    account,
    objects: objects.map(([dimension, code]) => ({ dimension, code })),
    amountOre,
    date: '2025-01-01',
    text: '',
    quantity: null,
    line: nextLine++,
    kind: 'normal',
  };
}
function voucher(series: string, number: string, date: string, transactions: SieTransaction[]): SieVoucher {
  return {
    series,
    number,
    date,
    text: 'Faktura',
    registered: null,
    line: nextLine++,
    transactions,
    removed: [],
  };
}

/** Every kind of row the mapper tells apart, amounts beyond 2^53 among them. */
function vouchers(): SieVoucher[][] {
  return [
    [
      voucher('A', '1', '2025-01-15', [tx('4010', 12_345n), tx('1930', -12_345n, [])]),
      voucher('A', '2', '2025-02-03', [
        tx('3010', -9_007_199_254_740_993n, [
          [2, 'P1'],
          [1, '200'],
        ]),
        tx('1510', 9_007_199_254_740_993n),
      ]),
    ],
    [],
    [
      voucher('', '', '2025-03-31', [tx('4010', 5n, [[1, '999']]), tx('5010', 7n, []), tx('2440', -12n)]),
      voucher('B', '7', '2024-12-31', [tx('4010', 1n), tx('1930', -1n)]),
      voucher('', '8', '2025-03-01', [tx('6110', -250n, [[1, '200']]), tx('1930', 250n, [[1, '200']])]),
    ],
  ];
}

type Row = unknown[];
const collect = (rows: Row[]): LedgerRowSink => ({ add: (...fields) => rows.push(fields) });

/** A whole voucher given to the writer as the reader gives it: opened, its rows, kept. */
function add(writer: VoucherColumnWriter, voucher: SieVoucher): void {
  writer.open();
  for (const row of [...voucher.transactions, ...voucher.removed]) {
    writer.row(row);
  }
  writer.keep(voucher);
}

/** Batches of columns mapped in order, their strings added to one table as the load does. */
function mapBatches(mapper: LedgerMapper, batches: readonly VoucherColumns[]): Row[] {
  const rows: Row[] = [];
  const strings = new StringTable();
  for (const columns of batches) {
    for (const value of columns.strings) {
      strings.idOf(value);
    }
    mapper.mapColumns(columns, strings.values, collect(rows));
  }
  return rows;
}

/** Amounts come as numbers from the columns while exact, as bigints from the objects: compared as bigints. */
const exact = (rows: Row[]) =>
  rows.map((fields) => fields.map((f) => (typeof f === 'number' ? BigInt(f) : f)));

/**
 * A file read by the general reader into vouchers, mapped one by one, against the same file read by a
 * LedgerReading (the fast path, the reader's sink and columns, a batch taken after every chunk) and mapped
 * batch by batch: the same rows, tallies, problems and vouchers.
 */
function expectSameMapping(encoding: SieEncoding, chunks: readonly Uint8Array[]): void {
  const period = { year: 2024, firstMonth: 1, lastMonth: 12 } as const;
  const direct = new LedgerMapper(period, mapping);
  const directRows: Row[] = [];
  const reader = new SieReader(encoding, {
    onVoucher: (each) => direct.mapInto(each, collect(directRows)),
    fastPath: false,
  });
  const reading = new LedgerReading({ encoding, dimension: 1 });
  const batches: VoucherColumns[] = [];
  for (const chunk of chunks) {
    reader.push(chunk);
    batches.push(reading.push(chunk).batch.columns);
  }
  reader.end();
  const { batch, result } = reading.end();
  batches.push(batch.columns);
  const byColumns = new LedgerMapper(period, mapping);
  expect(exact(mapBatches(byColumns, batches))).toEqual(exact(directRows));
  expect(byColumns.tally).toEqual(direct.tally);
  expect(byColumns.finish()).toEqual(direct.finish());
  expect(result.problems).toEqual(reader.problems);
  expect(result.vouchers).toBe(reader.totals.vouchers);
}

const kronor = (ore: bigint) => {
  const abs = ore < 0n ? -ore : ore;
  return `${ore < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

/**
 * Rows of vouchers that balance, so that most are kept: read by the fast path, or by the general reader (an
 * escaped quote in the text, an amount beyond 2^53 öre), struck (#BTRANS), now and then with a problem
 * (an undeclared account) that drops its voucher; each voucher balanced by a last row.
 */
const rowArb = fc.record({
  form: fc.constantFrom('fast', 'fast', 'fast', 'general', 'struck', 'undeclared'),
  account: fc.constantFrom('7010', '6250', '3010', '1930'),
  list: fc.constantFrom('{}', '{1 "456"}', '{1 "457"}', '{1 456}'),
  amount: fc.oneof(
    fc.bigInt({ min: -10_000_000n, max: 10_000_000n }),
    fc.bigInt({ min: -99_999_999_999_999_999n, max: 99_999_999_999_999_999n }),
  ),
});
const ledgerFile = fc
  .record({
    vouchers: fc.array(fc.array(rowArb, { maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    encoding: fc.constantFrom<SieEncoding>('cp437', 'utf-8', 'windows-1252'),
    cuts: fc.array(fc.nat({ max: 3000 }), { maxLength: 12 }),
  })
  .map(({ vouchers, encoding, cuts }) => {
    const lines = vouchers.flatMap((rows, v) => {
      let sum = 0n;
      const body = rows.map(({ form, account, list, amount }) => {
        const fields = `${form === 'undeclared' ? '9999' : account} ${list} ${kronor(amount)}`;
        if (form === 'struck') {
          return `#BTRANS ${fields}`;
        }
        sum += amount;
        return form === 'general' ? `#TRANS ${fields} 20240112 "a \\"b\\""` : `  #TRANS ${fields}`;
      });
      return [
        `#VER A ${v + 1} 202401${String(10 + v).padStart(2, '0')} "Lön"`,
        '{',
        ...body,
        `#TRANS 1930 {} ${kronor(-sum)}`,
        '}',
      ];
    });
    const bytes = encode(fileOf(DECLARATIONS, '#KONTO 3010 "Försäljning"', lines), encoding);
    return {
      encoding,
      chunks: cut(
        bytes,
        cuts.map((at) => at % (bytes.length + 1)),
      ),
    };
  });

describe('vouchers as columns', () => {
  it('map to the same rows, tallies and problems as the vouchers themselves', () => {
    const period = { year: 2025, firstMonth: 1, lastMonth: 12 } as const;
    const batches = vouchers();
    const direct = new LedgerMapper(period, mapping);
    const directRows: Row[] = [];
    for (const batch of batches) {
      for (const each of batch) {
        direct.mapInto(each, collect(directRows));
      }
    }

    const byColumns = new LedgerMapper(period, mapping);
    const columnRows: Row[] = [];
    const writer = new VoucherColumnWriter(mapping.dimension);
    const strings = new StringTable();
    for (const batch of batches) {
      for (const each of batch) {
        add(writer, each);
      }
      const { batch: columns, transfer } = writer.take();
      expect(transfer).toHaveLength(3);
      for (const value of columns.strings) {
        strings.idOf(value);
      }
      byColumns.mapColumns(columns, strings.values, collect(columnRows));
    }

    expect(directRows.length).toBe(3);
    expect(exact(columnRows)).toEqual(
      exact(directRows).map((fields) => fields.map((f, i) => (i === 3 ? BigInt(f as bigint) : f))),
    );
    expect(byColumns.tally).toEqual(direct.tally);
    expect(byColumns.finish()).toEqual(direct.finish());
    expect(
      direct
        .finish()
        .map((problem) => problem.message)
        .join('\n'),
    ).toMatch(/B 7, 2024-12-31/);
  });

  it('send each string once, the batches after it using its id', () => {
    const writer = new VoucherColumnWriter(1);
    add(writer, voucher('A', '1', '2025-01-15', [tx('4010', 1n), tx('4010', -1n)]));
    const first = writer.take().batch;
    add(writer, voucher('A', '2', '2025-01-15', [tx('4010', 2n), tx('5010', -2n)]));
    const second = writer.take().batch;
    // A voucher's date is numbered at its }, after its rows' accounts and cost centres.
    expect(first.strings).toEqual(['4010', '100', '2025-01-15']);
    expect(second.strings).toEqual(['5010']);
    expect([...second.rowInts.subarray(0, 6)].filter((_, i) => i % 3 !== 0)).toEqual([0, 1, 3, 1]);
    expect(second.labels).toEqual(['A 2']);
  });

  it("forget the rows of a voucher never kept, and carry an open one's rows into the next batch", () => {
    const writer = new VoucherColumnWriter(1);
    const large = 9_007_199_254_740_993n;
    writer.open();
    writer.row(tx('4010', large));
    writer.open(); // the voucher before was never kept: a problem dropped it
    writer.row(tx('4010', 5n));
    writer.row(tx('5010', large));
    writer.row({ ...tx('6110', 1n), kind: 'removed' });
    const first = writer.take().batch;
    writer.row(tx('1930', -5n - large));
    writer.keep(voucher('A', '3', '2025-01-15', []));
    const second = writer.take().batch;
    expect([first.vouchers, first.rows, first.large.size]).toEqual([0, 0, 0]);
    expect([second.vouchers, second.rows]).toEqual([1, 3]);
    expect([...second.voucherInts.subarray(0, 3)].slice(2)).toEqual([3]);
    expect([...second.amounts.subarray(0, 3)]).toEqual([5, Number.NaN, Number.NaN]);
    expect([...second.large]).toEqual([
      [1, large],
      [2, -5n - large],
    ]);
  });

  it("read from a file by the reader's sink, map as the vouchers read by the general reader do", () => {
    fc.assert(
      fc.property(ledgerFile, ({ encoding, chunks }) => expectSameMapping(encoding, chunks)),
      { numRuns: 300 },
    );
  });

  it("read from random lines by the reader's sink, problems and all, map as the general reader's do", () => {
    fc.assert(
      fc.property(randomFile, ({ encoding, chunks }) => expectSameMapping(encoding, chunks)),
      { numRuns: 100 },
    );
  });
});
