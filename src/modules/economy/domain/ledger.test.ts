import { describe, expect, it } from 'vitest';
import { type LedgerMonthSum, type LedgerRow, MonthlySums } from './ledger.ts';

const unitA = '0a000000-0000-4000-8000-000000000000';
const unitB = '0b000000-0000-4000-8000-000000000000';
const unitC = 'c0000000-0000-4000-8000-000000000000';

function row(month: number, orgUnitId: string, account: string, amountOre: bigint): LedgerRow {
  return {
    year: 2025,
    month: month as LedgerRow['month'],
    orgUnitId,
    account,
    amountOre,
    date: `2025-${String(month).padStart(2, '0')}-01`,
    voucher: 'A 1',
    costCentre: 'x',
  };
}

describe('MonthlySums', () => {
  it('sums per month, unit and account, ordered by unit, account and month whatever the order added', () => {
    const sums = new MonthlySums();
    // Added in no order: units and accounts first seen late must still sort first.
    const rows = [
      row(3, unitC, '4010', 5n),
      row(1, unitB, '4010', 7n),
      row(1, unitB, '3010', -2n),
      row(12, unitA, '5010', 1n),
      row(1, unitA, '4010', 3n),
      row(1, unitB, '4010', 11n),
      row(3, unitA, '40100', 4n),
      row(3, unitA, '4011', 6n),
    ];
    for (const added of rows) {
      sums.add(added.month, added.orgUnitId, added.account, added.amountOre);
    }
    const entries: LedgerMonthSum[] = [...sums.entries()];
    expect(entries).toEqual([
      { month: 1, orgUnitId: unitA, account: '4010', amountOre: 3n },
      { month: 3, orgUnitId: unitA, account: '40100', amountOre: 4n },
      { month: 3, orgUnitId: unitA, account: '4011', amountOre: 6n },
      { month: 12, orgUnitId: unitA, account: '5010', amountOre: 1n },
      { month: 1, orgUnitId: unitB, account: '3010', amountOre: -2n },
      { month: 1, orgUnitId: unitB, account: '4010', amountOre: 18n },
      { month: 3, orgUnitId: unitC, account: '4010', amountOre: 5n },
    ]);
  });

  it('gives each unit and account its twelve months at once, January first, undefined where none', () => {
    const sums = new MonthlySums();
    sums.add(12, unitB, '4010', 12n);
    sums.add(1, unitA, '4010', 1n);
    sums.add(6, unitB, '4010', 9_007_199_254_740_993n);
    sums.add(1, unitB, '4010', 0n);
    sums.add(7, unitA, '3010', -7n);
    const visited: string[] = [];
    sums.forEachAccountYear((orgUnitId, account, months) => {
      expect(months).toHaveLength(12);
      visited.push(`${orgUnitId} ${account} ${months.map((amount) => amount ?? '-').join(',')}`);
    });
    expect(visited).toEqual([
      `${unitA} 3010 -,-,-,-,-,-,-7,-,-,-,-,-`,
      `${unitA} 4010 1,-,-,-,-,-,-,-,-,-,-,-`,
      `${unitB} 4010 0,-,-,-,-,9007199254740993,-,-,-,-,-,12`,
    ]);
    let none = 0;
    new MonthlySums().forEachAccountYear(() => {
      none += 1;
    });
    expect(none).toBe(0);
  });

  it('finds every sum again as its table grows: the same sums as a plain Map gives, in key order', () => {
    const sums = new MonthlySums();
    const expected = new Map<string, bigint>();
    // All 42 000 keys of 500 units, 7 accounts and 12 months, each added about three times, in a scattered
    // order (7 919 is prime to 42 000): the table grows five times.
    for (let i = 0; i < 120_000; i++) {
      const k = (i * 7_919) % 42_000;
      const unit = `00000000-0000-4000-8000-${String(k % 500).padStart(12, '0')}`;
      const account = String(3000 + (Math.floor(k / 500) % 7));
      const month = 1 + Math.floor(k / 3_500);
      const amount = BigInt((i % 10_000) - 5_000);
      sums.add(month as LedgerRow['month'], unit, account, amount);
      const key = `${unit} ${account} ${String(month).padStart(2, '0')}`;
      expected.set(key, (expected.get(key) ?? 0n) + amount);
    }
    const entries = sums.entries();
    expect(sums.size).toBe(expected.size);
    expect(
      entries.map((sum) => `${sum.orgUnitId} ${sum.account} ${String(sum.month).padStart(2, '0')}`),
    ).toEqual([...expected.keys()].sort());
    expect(entries.map((sum) => sum.amountOre)).toEqual(
      [...expected.keys()].sort().map((key) => expected.get(key)),
    );
  });

  it('keeps sums exact beyond 2^53 öre', () => {
    const sums = new MonthlySums();
    sums.add(6, unitA, '4010', 9_007_199_254_740_991n);
    sums.add(6, unitA, '4010', 2n);
    sums.add(6, unitA, '4010', -1n);
    // Once beyond, it stays exact; an amount beyond 2^53 on its own is exact too.
    sums.add(6, unitA, '4010', 1n);
    sums.add(6, unitB, '4010', 5n);
    sums.add(6, unitB, '4010', -123_456_789_012_345_678_901n);
    sums.add(6, unitB, '4010', 1n);
    expect([...sums.entries()].map((sum) => sum.amountOre)).toEqual([
      9_007_199_254_740_993n,
      -123_456_789_012_345_678_895n,
    ]);
    expect(sums.size).toBe(2);
  });
});
