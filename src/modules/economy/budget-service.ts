/**
 * Use cases for budgets: a unit's budget lines for a year, edited line by line (the grid saves each cell as
 * it is left), and the sums the operating statement reads.
 */
import { sql } from 'kysely';
import { type ChangeLogEntry, listChangesMatching } from '#platform/audit/change-log.ts';
import { write } from '#platform/context.ts';
import { findById, fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit } from '../organisation/index.ts';
import { assertYearsOpen } from './closing-service.ts';
import type { BudgetLineInput, BudgetLineUpdate, PlanYearsInput } from './contract.ts';
import { oreFromKronor } from './domain/kronor.ts';
import { planYears } from './domain/plan-years.ts';
import type { LedgerSum } from './domain/rollup.ts';
import { economyErrors } from './messages.sv.ts';
import { budgetChangeEntity, budgetLineEntity } from './model.ts';

export type BudgetLine = ReturnType<typeof toLine>;

const toLine = (row: object) => fromRow(budgetLineEntity, row as Record<string, unknown>);

/** The history of a unit's budget for a year: its lines (removed ones too) and its budget changes. */
export async function budgetHistory(ctx: Ctx, org: string, year: number): Promise<ChangeLogEntry[]> {
  const unit = await getOrgUnit(ctx, org);
  return listChangesMatching(ctx.db, [budgetLineEntity.table, budgetChangeEntity.table], {
    orgUnitId: unit.id,
    year,
  });
}

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
    await assertYearsOpen(tx, [input.year]);
    return tx.insert(budgetLineEntity, { ...input, orgUnitId: unit.id });
  });
}

export async function updateBudgetLine(ctx: Ctx, id: string, input: BudgetLineUpdate) {
  return write(ctx, async (tx) => {
    const { version, ...patch } = input;
    const current = await getBudgetLine(tx, id);
    await assertYearsOpen(tx, [current.year]);
    return tx.update(budgetLineEntity, current, version, patch);
  });
}

export async function deleteBudgetLine(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await getBudgetLine(tx, id);
    await assertYearsOpen(tx, [current.year]);
    await tx.remove(budgetLineEntity, current, version);
  });
}

/**
 * The year's budget per unit and account, in öre with the ledger's sign, as the statement reads sums: of
 * every unit, or of the units `unitIds` names.
 */
export async function sumBudget(
  ctx: Pick<Ctx, 'db'>,
  year: number,
  unitIds?: readonly string[],
): Promise<LedgerSum[]> {
  let query = ctx.db
    .selectFrom('budget_line')
    .select(['org_unit_id', 'account', 'amount'])
    .where('year', '=', year);
  if (unitIds !== undefined) {
    query = query.where(sql<boolean>`org_unit_id = any(${sql.val([...unitIds])}::uuid[])`);
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    orgUnitId: row.org_unit_id,
    account: row.account,
    amountOre: oreFromKronor(String(row.amount)),
  }));
}

/** Whether the year has any budget line. */
export async function hasBudget(ctx: Pick<Ctx, 'db'>, year: number): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('budget_line')
    .select('id')
    .where('year', '=', year)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Writes the plan years after `year` for each of the unit's whole-year lines, raised by the uplift year on
 * year (domain/plan-years.ts); lines that exist are changed, so plan years can be generated again.
 */
export async function generatePlanYears(
  ctx: Ctx,
  input: PlanYearsInput,
): Promise<{ created: number; updated: number }> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    await assertYearsOpen(
      tx,
      Array.from({ length: input.years }, (_, index) => input.year + index + 1),
    );
    const base = (await listBudgetLines(tx, unit.id, input.year)).filter((line) => line.month === null);
    const later = await tx.db
      .selectFrom('budget_line')
      .selectAll()
      .where('org_unit_id', '=', unit.id)
      .where('year', '>', input.year)
      .where('year', '<=', input.year + input.years)
      .where('month', 'is', null)
      .execute();
    const existing = new Map(later.map(toLine).map((line) => [`${line.year}|${line.account}`, line]));
    const counts = { created: 0, updated: 0 };
    for (const line of base) {
      const amounts = planYears(line.amount, input, input.years);
      for (const [index, amount] of amounts.entries()) {
        const year = input.year + index + 1;
        const current = existing.get(`${year}|${line.account}`);
        if (current) {
          await tx.update(budgetLineEntity, current, current.version, { amount });
          counts.updated += 1;
        } else {
          await tx.insert(budgetLineEntity, {
            orgUnitId: unit.id,
            year,
            account: line.account,
            month: null,
            amount,
            comment: `Planår från budget ${input.year}`,
          });
          counts.created += 1;
        }
      }
    }
    return counts;
  });
}
