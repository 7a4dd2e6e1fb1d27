/**
 * The ledger's and the budget's sums, rolled up the organisation tree once and kept until the next save: a
 * document asks for the statements and charts of many units of the same year (the municipality-wide
 * compilation, one per board), and each would otherwise sum and roll up the whole year again. Read, never
 * changed, by those who share them.
 *
 * A tree is read for a scope: the whole municipality, or the subtree of one unit – a board's annual report
 * reads its own twentieth of the ledger, not all of it. A document gives its own unit as the scope of every
 * section, so the compilation's hundred statements share one read of the whole.
 */
import type { Ctx } from '../context.ts';
import { listOrganisation, type OrgUnit, subtreeIds } from '../organisation/index.ts';
import { hasBudget, sumBudget } from './budget-service.ts';
import { hasLedger, sumLedger } from './db/ledger-repository.ts';
import { type LedgerSum, type SubtreeSums, sumSubtrees } from './domain/rollup.ts';
import { listAccountRanges } from './mapping-service.ts';

type Reader = Pick<Ctx, 'db' | 'cache'>;

/** The installation's account classes, as the statements classify accounts with them. */
export const accountRanges = (ctx: Reader) =>
  ctx.cache.get('economy.accountRanges', () => listAccountRanges(ctx));

/**
 * Whose sums a statement needs: a root and the scope it is read within – the document's own unit, so that
 * the sections of one document share one read (the root itself when not given).
 */
export interface TreeScope {
  readonly rootId: string;
  readonly scopeId?: string | undefined;
}

/**
 * The units a tree for `scope` reads: all (undefined) when the scope is the top of the tree, else the
 * scope's subtree – the root's own when the scope does not hold it.
 */
function unitsToRead(
  units: readonly OrgUnit[],
  { rootId, scopeId = rootId }: TreeScope,
): string[] | undefined {
  if (units.find((unit) => unit.id === scopeId)?.parentId === null) {
    return undefined;
  }
  const read = subtreeIds(units, scopeId);
  return read.has(rootId) ? [...read] : unitsToRead(units, { rootId });
}

/**
 * Sums rolled up the tree; null when the period has no sums at all (printed empty), an empty tree when only
 * the units read have none (printed as zeros).
 */
async function rolledUp(
  ctx: Reader,
  units: readonly OrgUnit[],
  sums: readonly LedgerSum[],
  anyAtAll: () => Promise<boolean>,
): Promise<SubtreeSums | null> {
  if (sums.length === 0 && !(await anyAtAll())) {
    return null;
  }
  return sumSubtrees(units, sums, await accountRanges(ctx));
}

/**
 * The ledger of the year's months up to `throughMonth`, per unit and subtree: of every unit, or read for a
 * scope (correct for its root and every unit under it).
 */
export async function ledgerTree(
  ctx: Reader,
  year: number,
  throughMonth: number,
  scope?: TreeScope,
): Promise<SubtreeSums | null> {
  const units = await listOrganisation(ctx);
  const read = scope ? unitsToRead(units, scope) : undefined;
  return ctx.cache.get(`economy.ledgerTree|${year}|${throughMonth}|${read?.[0] ?? ''}`, async () =>
    rolledUp(ctx, units, await sumLedger(ctx.db, year, throughMonth, read), () =>
      hasLedger(ctx.db, year, throughMonth),
    ),
  );
}

/** The year's budget, per unit and subtree, read as `ledgerTree` reads the ledger. */
export async function budgetTree(ctx: Reader, year: number, scope?: TreeScope): Promise<SubtreeSums | null> {
  const units = await listOrganisation(ctx);
  const read = scope ? unitsToRead(units, scope) : undefined;
  return ctx.cache.get(`economy.budgetTree|${year}|${read?.[0] ?? ''}`, async () =>
    rolledUp(ctx, units, await sumBudget(ctx, year, read), () => hasBudget(ctx, year)),
  );
}
