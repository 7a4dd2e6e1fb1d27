/**
 * The bridge from last year's budget: the changes each unit records, by category, and per child of a unit
 * whether last year's budget plus the changes gives this year's (net cost, everything under the child).
 */
import { write } from '#platform/context.ts';
import { findById, fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit, isValidInYear, listOrganisation, subtreeIds } from '../organisation/index.ts';
import { budgetTree } from './cached-sums.ts';
import { assertYearsOpen } from './closing-service.ts';
import type { BridgeRowDto, BudgetChangeInput } from './contract.ts';
import { bridge, CHANGE_CATEGORY_LABELS, type ChangeCategory } from './domain/bridge.ts';
import { kronorFromOre, oreFromKronor } from './domain/kronor.ts';
import { forSubtree, type SubtreeSums } from './domain/rollup.ts';
import { economyErrors } from './messages.sv.ts';
import { budgetChangeEntity } from './model.ts';

const toChange = (row: object) => fromRow(budgetChangeEntity, row as Record<string, unknown>);

/** The year's changes, of every unit or of `org` and the units under it, in the order they were recorded. */
export async function listBudgetChanges(ctx: Ctx, year: number, org?: string) {
  const within = org === undefined ? null : await subtreeOf(ctx, org);
  const rows = await ctx.db
    .selectFrom('budget_change')
    .selectAll()
    .where('year', '=', year)
    .orderBy('created_at')
    .execute();
  return rows.map(toChange).filter((change) => within === null || within.has(change.orgUnitId));
}

async function subtreeOf(ctx: Ctx, org: string): Promise<ReadonlySet<string>> {
  const root = await getOrgUnit(ctx, org);
  return new Set(subtreeIds(await listOrganisation(ctx), root.id));
}

export async function createBudgetChange(ctx: Ctx, input: BudgetChangeInput) {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    await assertYearsOpen(tx, [input.year]);
    return tx.insert(budgetChangeEntity, { ...input, orgUnitId: unit.id });
  });
}

export async function deleteBudgetChange(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await findById(tx.db, budgetChangeEntity, id);
    if (!current) {
      throw economyErrors.budget_change_not_found(id);
    }
    await assertYearsOpen(tx, [current.year]);
    await tx.remove(budgetChangeEntity, current, version);
  });
}

/** The bridge of the unit itself and of each of its children valid in the year. */
export async function budgetBridge(ctx: Ctx, org: string, year: number): Promise<BridgeRowDto[]> {
  const root = await getOrgUnit(ctx, org);
  const [units, previous, current, changes] = await Promise.all([
    listOrganisation(ctx),
    budgetTree(ctx, year - 1),
    budgetTree(ctx, year),
    listBudgetChanges(ctx, year),
  ]);
  const netCost = (tree: SubtreeSums | null, unitId: string) => {
    const gross = tree === null ? null : forSubtree(tree, unitId);
    return gross ? gross.costs - gross.revenues : 0n;
  };
  const within = (unitId: string, candidate: string): boolean => {
    for (
      let at: string | null | undefined = candidate;
      at;
      at = units.find((unit) => unit.id === at)?.parentId
    ) {
      if (at === unitId) {
        return true;
      }
    }
    return false;
  };
  const children = units.filter((unit) => unit.parentId === root.id && isValidInYear(unit, year));
  return [...children, root].map((unit) => {
    const result = bridge(
      netCost(previous, unit.id),
      netCost(current, unit.id),
      changes
        .filter((change) => within(unit.id, change.orgUnitId))
        .map((change) => ({ category: change.category, amountOre: oreFromKronor(change.amount) })),
    );
    return {
      orgUnitId: unit.id,
      unitName: unit.id === root.id ? `Summa ${unit.name}` : unit.name,
      previous: kronorFromOre(result.previousOre),
      changes: Object.fromEntries(
        (Object.keys(CHANGE_CATEGORY_LABELS) as ChangeCategory[]).map((category) => [
          category,
          kronorFromOre(result.byCategory[category]),
        ]),
      ) as Record<ChangeCategory, string>,
      current: kronorFromOre(result.currentOre),
      unexplained: kronorFromOre(result.unexplainedOre),
    };
  });
}
