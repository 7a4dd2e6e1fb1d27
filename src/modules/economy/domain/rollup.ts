/**
 * Ledger sums rolled up the organisation tree: each row of an operating statement is one child of the unit
 * asked for, with everything booked on it and on the units below it. What is booked on the unit itself
 * (its own cost centres) gets a row of its own, so that the rows always add up to the unit's total.
 *
 * The sums are rolled up once for the whole tree (`sumSubtrees`), and each statement, chart or frame check
 * then reads its unit's rows from that: a municipality-wide document asks for the statements of a hundred
 * units over the same year's sums, and walking the year's sums once per statement cost more than all its
 * queries together.
 */
import { childIds } from '../../organisation/domain/index.ts';
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
 * Costs and revenues (positive magnitudes, öre) booked on each unit itself and on each unit with everything
 * under it – a unit only when something there is a cost or a revenue – and each unit's children.
 */
export interface SubtreeSums {
  readonly own: ReadonlyMap<string, GrossAmounts>;
  readonly subtree: ReadonlyMap<string, GrossAmounts>;
  readonly children: ReadonlyMap<string, readonly string[]>;
}

const add = (to: GrossAmounts | undefined, amounts: GrossAmounts): GrossAmounts =>
  to === undefined ? amounts : { costs: to.costs + amounts.costs, revenues: to.revenues + amounts.revenues };

/** What each unit has booked on itself; accounts that are neither costs nor revenues left out. */
function ownAmounts(
  sums: readonly LedgerSum[],
  accountRanges: readonly AccountRange[],
): Map<string, GrossAmounts> {
  // Thousands of sums share a few hundred accounts: classify each account once.
  const categories = new Map<string, ReturnType<typeof classifyAccount>>();
  const own = new Map<string, GrossAmounts>();
  for (const sum of sums) {
    let category = categories.get(sum.account);
    if (category === undefined) {
      category = classifyAccount(sum.account, accountRanges);
      categories.set(sum.account, category);
    }
    if (category === 'cost') {
      own.set(sum.orgUnitId, add(own.get(sum.orgUnitId), { costs: sum.amountOre, revenues: 0n }));
    } else if (category === 'revenue') {
      own.set(sum.orgUnitId, add(own.get(sum.orgUnitId), { costs: 0n, revenues: -sum.amountOre }));
    }
  }
  return own;
}

/** Every unit's own and subtree amounts, each unit's amounts added to it and to each unit above it. */
export function sumSubtrees(
  units: readonly RollupUnit[],
  sums: readonly LedgerSum[],
  accountRanges: readonly AccountRange[],
): SubtreeSums {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const children = childIds(units);
  const own = ownAmounts(sums, accountRanges);
  const subtree = new Map<string, GrossAmounts>();
  for (const [unitId, amounts] of own) {
    // At most as many steps as there are units: a tree has no cycles, and a broken one cannot hang here.
    let at: string | null | undefined = unitId;
    for (let steps = 0; at !== null && at !== undefined && steps <= units.length; steps += 1) {
      subtree.set(at, add(subtree.get(at), amounts));
      at = parentOf.get(at);
    }
  }
  return { own, subtree, children };
}

/**
 * Costs and revenues per row of `rootId`'s statement: per child with something booked in its subtree, and
 * `OWN_ROW` for what is booked on the root itself.
 */
export function rollUp(tree: SubtreeSums, rootId: string): Map<string, GrossAmounts> {
  const rows = new Map<string, GrossAmounts>();
  for (const child of tree.children.get(rootId) ?? []) {
    const amounts = tree.subtree.get(child);
    if (amounts !== undefined) {
      rows.set(child, amounts);
    }
  }
  const own = tree.own.get(rootId);
  if (own !== undefined) {
    rows.set(OWN_ROW, own);
  }
  return rows;
}

/** Costs and revenues of a unit and everything under it, or null when nothing there has any. */
export function forSubtree(tree: SubtreeSums, rootId: string): GrossAmounts | null {
  return tree.subtree.get(rootId) ?? null;
}
