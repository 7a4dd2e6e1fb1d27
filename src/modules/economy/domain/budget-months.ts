/**
 * A budget line is for the whole year or for one month (issue 6 item 1). An account's budget for a unit and
 * year is one or the other: a whole-year line, or month lines – never both, since the year's budget is the
 * sum of its lines and a year line beside its months would count the year twice. A month without a line is
 * a month budgeted at nothing. Amounts are öre (bigint), never floats.
 */
import { kronorFromOre, oreFromKronor } from './kronor.ts';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** What these rules need of a budget line. */
export interface PeriodLine {
  readonly account: string;
  /** 1–12, or null for the whole year. */
  readonly month: number | null;
  /** Kronor, exact: "1234.50". */
  readonly amount: string;
}

/** One account's budget for the year: its year line, or its month lines (index 0 is January). */
export interface AccountBudget<L extends PeriodLine> {
  readonly account: string;
  readonly yearLine: L | null;
  readonly monthLines: readonly (L | null)[];
}

/** The lines grouped per account, in the order the accounts first come. */
export function accountBudgets<L extends PeriodLine>(lines: readonly L[]): AccountBudget<L>[] {
  const byAccount = new Map<string, { yearLine: L | null; monthLines: (L | null)[] }>();
  for (const line of lines) {
    const budget = byAccount.get(line.account) ?? { yearLine: null, monthLines: MONTHS.map(() => null) };
    if (line.month === null) {
      budget.yearLine = line;
    } else {
      budget.monthLines[line.month - 1] = line;
    }
    byAccount.set(line.account, budget);
  }
  return [...byAccount].map(([account, budget]) => ({ account, ...budget }));
}

/** Whether the account is budgeted per month: it has at least one month line. */
export function isMonthly(budget: AccountBudget<PeriodLine>): boolean {
  return budget.monthLines.some((line) => line !== null);
}

/** The account's budget for the whole year in öre: its year line, or the sum of its months. */
export function yearTotalOre(budget: AccountBudget<PeriodLine>): bigint {
  if (budget.yearLine !== null) {
    return oreFromKronor(budget.yearLine.amount);
  }
  return budget.monthLines.reduce((sum, line) => sum + (line ? oreFromKronor(line.amount) : 0n), 0n);
}

/**
 * Why a line for `month` (null: the whole year) cannot join the account's lines: it has a year line and a
 * month is asked for (`hasYear`), or months and the year is asked for (`hasMonths`); null when it can.
 */
export function periodConflict(
  existing: readonly PeriodLine[],
  month: number | null,
): 'hasYear' | 'hasMonths' | null {
  if (month !== null && existing.some((line) => line.month === null)) {
    return 'hasYear';
  }
  if (month === null && existing.some((line) => line.month !== null)) {
    return 'hasMonths';
  }
  return null;
}

/**
 * A year's amount spread over its twelve months in kronor, exactly: twelfths in whole öre, the öre left
 * over one each on the first months, so the months always add up to the year (100 kr → 8,34 × 4 and 8,33
 * × 8).
 */
export function spreadOverMonths(kronor: string): string[] {
  const ore = oreFromKronor(kronor);
  const negative = ore < 0n;
  const magnitude = negative ? -ore : ore;
  const twelfth = magnitude / 12n;
  const leftOver = Number(magnitude % 12n);
  return MONTHS.map((month) => {
    const part = twelfth + (month <= leftOver ? 1n : 0n);
    return kronorFromOre(negative ? -part : part);
  });
}

/** Month lines' amounts summed to one year amount, in kronor. */
export function sumOfMonths(lines: readonly PeriodLine[]): string {
  return kronorFromOre(lines.reduce((sum, line) => sum + oreFromKronor(line.amount), 0n));
}
