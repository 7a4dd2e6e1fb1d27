import { describe, expect, it } from 'vitest';
import {
  accountBudgets,
  isMonthly,
  periodConflict,
  spreadOverMonths,
  sumOfMonths,
  yearTotalOre,
} from './budget-months.ts';

const line = (account: string, month: number | null, amount: string) => ({ account, month, amount });

describe('an account budgeted per month or per year', () => {
  const lines = [line('4010', 1, '1000.50'), line('4010', 3, '2000.25'), line('3010', null, '-50000')];

  it('groups the lines per account, months in their places', () => {
    const [salaries, revenues] = accountBudgets(lines);
    expect(salaries?.account).toBe('4010');
    expect(salaries?.monthLines.map((month) => month?.amount ?? null)).toEqual([
      '1000.50',
      null,
      '2000.25',
      ...Array(9).fill(null),
    ]);
    expect(revenues?.yearLine?.amount).toBe('-50000');
  });

  it('totals the year as the exact sum of its months, or as its year line', () => {
    const [salaries, revenues] = accountBudgets(lines);
    expect(salaries && yearTotalOre(salaries)).toBe(300075n);
    expect(salaries && isMonthly(salaries)).toBe(true);
    expect(revenues && yearTotalOre(revenues)).toBe(-5000000n);
    expect(revenues && isMonthly(revenues)).toBe(false);
  });

  it('keeps a year line and month lines of one account apart', () => {
    expect(periodConflict([line('4010', null, '1')], 4)).toBe('hasYear');
    expect(periodConflict([line('4010', 1, '1')], null)).toBe('hasMonths');
    expect(periodConflict([line('4010', 1, '1')], 2)).toBeNull();
    expect(periodConflict([], null)).toBeNull();
  });
});

describe('spreadOverMonths', () => {
  it('splits a year in twelfths to the öre, the öre left over on the first months', () => {
    expect(spreadOverMonths('100')).toEqual([...Array(4).fill('8.34'), ...Array(8).fill('8.33')]);
    expect(spreadOverMonths('-0.05')).toEqual([...Array(5).fill('-0.01'), ...Array(7).fill('0.00')]);
  });

  it('always adds up to the year again', () => {
    for (const amount of ['100', '1250000.50', '-1300000', '0.11', '0']) {
      expect(sumOfMonths(spreadOverMonths(amount).map((part) => line('4', 1, part)))).toBe(
        sumOfMonths([line('4', null, amount)]),
      );
    }
  });
});
