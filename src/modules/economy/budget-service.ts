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
import type { BudgetAccountInput, BudgetLineInput, BudgetLineUpdate, PlanYearsInput } from './contract.ts';
import {
  accountBudgets,
  periodConflict,
  spreadOverMonths,
  sumOfMonths,
  yearTotalOre,
} from './domain/budget-months.ts';
import { kronorFromOre, oreFromKronor } from './domain/kronor.ts';
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

/** The unit's lines for one account and year: its year line or its month lines. */
async function accountLines(ctx: Pick<Ctx, 'db'>, orgUnitId: string, year: number, account: string) {
  const rows = await ctx.db
    .selectFrom('budget_line')
    .selectAll()
    .where('org_unit_id', '=', orgUnitId)
    .where('year', '=', year)
    .where('account', '=', account)
    .orderBy('month')
    .execute();
  return rows.map(toLine);
}

export async function createBudgetLine(ctx: Ctx, input: BudgetLineInput) {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    await assertYearsOpen(tx, [input.year]);
    const existing = await accountLines(tx, unit.id, input.year, input.account);
    // A year line beside month lines would count the account's year twice.
    const conflict = periodConflict(existing, input.month);
    if (conflict !== null) {
      throw economyErrors.budget_period_mixed(input.account, input.year, conflict === 'hasMonths');
    }
    return tx.insert(budgetLineEntity, { ...input, orgUnitId: unit.id });
  });
}

/**
 * Replaces an account's year line with twelve month lines in twelfths (the öre left over on the first
 * months), so that the year's total is unchanged and each month can then be changed on its own.
 */
export async function spreadOverYear(ctx: Ctx, input: BudgetAccountInput): Promise<BudgetLine[]> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    await assertYearsOpen(tx, [input.year]);
    const lines = await accountLines(tx, unit.id, input.year, input.account);
    const yearLine = lines.find((line) => line.month === null);
    if (!yearLine) {
      // Lines of the other shape are a state to change first (409); no lines at all, nothing to find (404).
      throw lines.length > 0
        ? economyErrors.budget_already_monthly(input.account, input.year)
        : economyErrors.budget_nothing_to_spread(input.account, input.year);
    }
    await tx.remove(budgetLineEntity, yearLine, input.version ?? yearLine.version);
    const parts = spreadOverMonths(yearLine.amount);
    const created: BudgetLine[] = [];
    for (const [index, amount] of parts.entries()) {
      const { orgUnitId, year, account, comment } = yearLine;
      created.push(
        await tx.insert(budgetLineEntity, { orgUnitId, year, account, comment, month: index + 1, amount }),
      );
    }
    return created;
  });
}

/** Replaces an account's month lines with one year line of their sum: the year's total is unchanged. */
export async function mergeMonths(ctx: Ctx, input: BudgetAccountInput): Promise<BudgetLine> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    await assertYearsOpen(tx, [input.year]);
    const lines = await accountLines(tx, unit.id, input.year, input.account);
    const months = lines.filter((line) => line.month !== null);
    if (months.length === 0) {
      throw lines.length > 0
        ? economyErrors.budget_already_yearly(input.account, input.year)
        : economyErrors.budget_nothing_to_merge(input.account, input.year);
    }
    for (const line of months) {
      await tx.remove(budgetLineEntity, line, line.version);
    }
    const comments = [...new Set(months.flatMap((line) => (line.comment ? [line.comment] : [])))];
    return tx.insert(budgetLineEntity, {
      orgUnitId: unit.id,
      year: input.year,
      account: input.account,
      month: null,
      amount: sumOfMonths(months),
      comment: comments.length === 1 ? (comments[0] ?? null) : null,
    });
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
    // Each account's year: its year line, or its months summed – plan years are whole years.
    const base = accountBudgets(await listBudgetLines(tx, unit.id, input.year)).map((budget) => ({
      account: budget.account,
      amount: kronorFromOre(yearTotalOre(budget)),
    }));
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
