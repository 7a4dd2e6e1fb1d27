/**
 * Vouchers handed over as columns (from the reader's thread) map to the same rows, tallies and problems as
 * the vouchers themselves: the columns path and the object path of LedgerMapper held to one result, over
 * batches that share their table of strings.
 */
import { describe, expect, it } from 'vitest';
import { KOMMUN_BAS } from './account-class.ts';
import { LedgerMapper, type LedgerMapping, type LedgerRowSink } from './ledger.ts';
import type { SieTransaction, SieVoucher } from './sie4/index.ts';
import { StringTable } from './string-table.ts';
import { VoucherColumnWriter } from './voucher-columns.ts';

const UNITS: Record<string, string> = {
  '100': '0a000000-0000-4000-8000-000000000000',
  '200': '0b000000-0000-4000-8000-000000000000',
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
        writer.add(each);
      }
      const { batch: columns, transfer } = writer.take();
      expect(transfer).toHaveLength(3);
      for (const value of columns.strings) {
        strings.idOf(value);
      }
      byColumns.mapColumns(columns, strings.values, collect(columnRows));
    }

    // Amounts come as numbers from the columns while exact: compared as bigints.
    const exact = (rows: Row[]) =>
      rows.map((fields) => fields.map((f) => (typeof f === 'number' ? BigInt(f) : f)));
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
    writer.add(voucher('A', '1', '2025-01-15', [tx('4010', 1n), tx('4010', -1n)]));
    const first = writer.take().batch;
    writer.add(voucher('A', '2', '2025-01-15', [tx('4010', 2n), tx('5010', -2n)]));
    const second = writer.take().batch;
    expect(first.strings).toEqual(['2025-01-15', '4010', '100']);
    expect(second.strings).toEqual(['5010']);
    expect([...second.rowInts.subarray(0, 6)].filter((_, i) => i % 3 !== 0)).toEqual([1, 2, 3, 2]);
    expect(second.labels).toEqual(['A 2']);
  });
});
