/**
 * Use cases for budgets: a unit's budget lines for a year, edited line by line (the grid saves each cell as
 * it is left), and the sums the operating statement reads.
 */
import { write } from '#platform/context.ts';
import { findById, fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit } from '../organisation/index.ts';
import type { BudgetLineInput, BudgetLineUpdate } from './contract.ts';
import { oreFromKronor } from './domain/budget-file.ts';
import type { LedgerSum } from './domain/rollup.ts';
import { economyErrors } from './messages.sv.ts';
import { budgetLineEntity } from './model.ts';

export type BudgetLine = ReturnType<typeof toLine>;

const toLine = (row: object) => fromRow(budgetLineEntity, row as Record<string, unknown>);

export async function listBudgetLines(ctx: Ctx, org: string, year: number) {
  const unit = await getOrgUnit(ctx, org);
  const rows = await ctx.db
    .selectFrom('budget_line')
    .selectAll()
    .where('org_unit_id', '=', unit.id)
    .where('year', '=', year)
    .orderBy('account')
    .orderBy('month')
    .execute();
  return rows.map(toLine);
}

async function getBudgetLine(ctx: Pick<Ctx, 'db'>, id: string) {
  const line = await findById(ctx.db, budgetLineEntity, id);
  if (!line) {
    throw economyErrors.budget_line_not_found(id);
  }
  return line;
}

export async function createBudgetLine(ctx: Ctx, input: BudgetLineInput) {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    return tx.insert(budgetLineEntity, { ...input, orgUnitId: unit.id });
  });
}

export async function updateBudgetLine(ctx: Ctx, id: string, input: BudgetLineUpdate) {
  return write(ctx, async (tx) => {
    const { version, ...patch } = input;
    return tx.update(budgetLineEntity, await getBudgetLine(tx, id), version, patch);
  });
}

export async function deleteBudgetLine(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(budgetLineEntity, await getBudgetLine(tx, id), version));
}

/** The year's budget per unit and account, in öre with the ledger's sign, as the statement reads sums. */
export async function sumBudget(ctx: Pick<Ctx, 'db'>, year: number): Promise<LedgerSum[]> {
  const rows = await ctx.db
    .selectFrom('budget_line')
    .select(['org_unit_id', 'account', 'amount'])
    .where('year', '=', year)
    .execute();
  return rows.map((row) => ({
    orgUnitId: row.org_unit_id,
    account: row.account,
    amountOre: oreFromKronor(String(row.amount)),
  }));
}
