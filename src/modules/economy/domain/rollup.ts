/**
 * Ledger sums rolled up the organisation tree: each row of an operating statement is one child of the unit
 * asked for, with everything booked on it and on the units below it. What is booked on the unit itself
 * (its own cost centres) gets a row of its own, so that the rows always add up to the unit's total.
 */
import { type AccountRange, classifyAccount } from './account-class.ts';
import type { GrossAmounts } from './statement/index.ts';

export interface RollupUnit {
  readonly id: string;
  readonly parentId: string | null;
}

export interface LedgerSum {
  readonly orgUnitId: string;
  readonly account: string;
  /** Öre, with the ledger's sign: debit positive. */
  readonly amountOre: bigint;
}

/** The key of the row for what is booked on the root unit itself. */
export const OWN_ROW = 'own';

/**
 * Costs and revenues (positive magnitudes, öre) per row: per child of `rootId`, and `OWN_ROW` for the root
 * itself. Sums on units outside the subtree are left out; so are accounts that are neither costs nor
 * revenues.
 */
export function rollUp(
  units: readonly RollupUnit[],
  rootId: string,
  sums: readonly LedgerSum[],
  accountRanges: readonly AccountRange[],
): Map<string, GrossAmounts> {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const rowOf = new Map<string, string | null>();
  const rowKey = (unitId: string): string | null => {
    if (rowOf.has(unitId)) {
      return rowOf.get(unitId) ?? null;
    }
    let key: string | null = null;
    if (unitId === rootId) {
      key = OWN_ROW;
    } else {
      const parent = parentOf.get(unitId);
      if (parent === rootId) {
        key = unitId;
      } else if (parent !== undefined && parent !== null) {
        key = rowKey(parent);
      }
    }
    rowOf.set(unitId, key);
    return key;
  };
  const rows = new Map<string, GrossAmounts>();
  // Thousands of sums share a few hundred accounts: classify each account once.
  const categories = new Map<string, ReturnType<typeof classifyAccount>>();
  const categoryOf = (account: string) => {
    if (!categories.has(account)) {
      categories.set(account, classifyAccount(account, accountRanges));
    }
    return categories.get(account) ?? null;
  };
  for (const sum of sums) {
    const key = rowKey(sum.orgUnitId);
    const category = categoryOf(sum.account);
    if (key === null || (category !== 'cost' && category !== 'revenue')) {
      continue;
    }
    const row = rows.get(key) ?? { costs: 0n, revenues: 0n };
    rows.set(
      key,
      category === 'cost'
        ? { costs: row.costs + sum.amountOre, revenues: row.revenues }
        : { costs: row.costs, revenues: row.revenues - sum.amountOre },
    );
  }
  return rows;
}

/** Costs and revenues of a unit and everything under it, or null when nothing there has any. */
export function forSubtree(
  units: readonly RollupUnit[],
  rootId: string,
  sums: readonly LedgerSum[],
  accountRanges: readonly AccountRange[],
): GrossAmounts | null {
  const rows = [...rollUp(units, rootId, sums, accountRanges).values()];
  if (rows.length === 0) {
    return null;
  }
  return rows.reduce((total, row) => ({
    costs: total.costs + row.costs,
    revenues: total.revenues + row.revenues,
  }));
}
