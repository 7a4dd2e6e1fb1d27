import { describe, expect, it } from 'vitest';
import { forSubtree, type LedgerSum, OWN_ROW, rollUp, sumSubtrees } from './rollup.ts';

// A municipality (M) with two boards; A has a division A1 with a unit A11; B has nothing below it.
const UNITS = [
  { id: 'M', parentId: null },
  { id: 'A', parentId: 'M' },
  { id: 'A1', parentId: 'A' },
  { id: 'A11', parentId: 'A1' },
  { id: 'B', parentId: 'M' },
];
const sum = (orgUnitId: string, account: string, amountOre: bigint): LedgerSum => ({
  orgUnitId,
  account,
  amountOre,
});
const SUMS = [
  sum('A11', '4010', 1_000n), // a cost on the deepest unit
  sum('A11', '3410', -300n), // a revenue: credited, so negative in the ledger
  sum('A1', '5010', 200n),
  sum('A', '4010', 50n), // booked on the board itself
  sum('A', '8410', 999n), // a financial item: neither cost nor revenue
  sum('B', '1510', 7n), // the balance sheet: left out
  sum('M', '3010', -40n),
];

describe('sums rolled up the tree once', () => {
  const tree = sumSubtrees(UNITS, SUMS, []);

  it('gives each child of a unit everything below it, and the unit what it booked itself', () => {
    expect(rollUp(tree, 'A')).toEqual(
      new Map([
        ['A1', { costs: 1_200n, revenues: 300n }],
        [OWN_ROW, { costs: 50n, revenues: 0n }],
      ]),
    );
    expect(rollUp(tree, 'M')).toEqual(
      new Map([
        ['A', { costs: 1_250n, revenues: 300n }],
        [OWN_ROW, { costs: 0n, revenues: 40n }],
      ]),
    );
  });

  it('leaves out a child with nothing that is a cost or a revenue under it', () => {
    expect(rollUp(tree, 'M').has('B')).toBe(false);
    expect(forSubtree(tree, 'B')).toBeNull();
  });

  it("sums a unit's subtree as its statement's rows add up", () => {
    for (const unit of UNITS) {
      const rows = [...rollUp(tree, unit.id).values()];
      const added = rows.reduce(
        (total, row) => ({ costs: total.costs + row.costs, revenues: total.revenues + row.revenues }),
        { costs: 0n, revenues: 0n },
      );
      expect(forSubtree(tree, unit.id)).toEqual(rows.length === 0 ? null : added);
    }
  });

  it("classifies by the installation's ranges before Kommun-BAS", () => {
    const carved = sumSubtrees(UNITS, SUMS, [{ fromAccount: '8410', toAccount: '8410', category: 'cost' }]);
    expect(forSubtree(carved, 'A')).toEqual({ costs: 2_249n, revenues: 300n });
  });
});
