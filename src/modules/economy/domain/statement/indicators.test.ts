import { describe, expect, it } from 'vitest';
import {
  budgetVariancePercent,
  investmentRoomPercent,
  percentOf,
  unitsInBalancePercent,
} from './indicators.ts';
import type { GrossAmounts } from './money.ts';

const tkr = (value: number): bigint => BigInt(value) * 100_000n;
const gross = (costs: number, revenues: number): GrossAmounts => ({
  costs: tkr(costs),
  revenues: tkr(revenues),
});

describe('budgetVariancePercent (000:404)', () => {
  it('is the result in % of the turnover: 5 868 / 567 144 → 1,0', () => {
    expect(budgetVariancePercent(gross(561_276, 567_144))).toEqual({
      value: '1.0',
      decimals: 1,
      reason: null,
    });
    expect(budgetVariancePercent(gross(561_276, 567_144), 3).value).toBe('1.035');
  });

  it('keeps the sign of a deficit: Leanlink 2020 −15 000 / 1 626 300 → −0,9', () => {
    expect(budgetVariancePercent(gross(1_641_300, 1_626_300)).value).toBe('-0.9');
  });

  it('is not computable without turnover, and says why', () => {
    const zero = budgetVariancePercent(gross(100, 0));
    expect(zero.value).toBeNull();
    expect(zero.reason).toMatch(/noll/);
    expect(budgetVariancePercent(gross(100, -5)).reason).toMatch(/negativ/);
  });
});

describe('investmentRoomPercent', () => {
  it('is (budget − actual) / budget: Delår ram 37 900, prognos 48 000 → −26,6 (004:253-260)', () => {
    expect(investmentRoomPercent(tkr(37_900), tkr(48_000)).value).toBe('-26.6');
    expect(investmentRoomPercent(tkr(48_000), tkr(46_070)).value).toBe('4.0');
  });

  it('is not computable on a zero or negative budget', () => {
    expect(investmentRoomPercent(0n, tkr(40))).toMatchObject({
      value: null,
      reason: expect.stringMatching(/noll/),
    });
    expect(investmentRoomPercent(tkr(-1), tkr(40)).value).toBeNull();
  });
});

describe('unitsInBalancePercent', () => {
  it('counts results ≥ 0: VB 2019 has 2 of 6 units in balance (002:135-140)', () => {
    const units = [
      gross(12_356, 10_000),
      gross(20_476, 20_000),
      gross(30_232, 30_000),
      gross(45_000, 50_027),
      gross(137_979, 153_341),
      gross(8_024, 8_000),
    ];
    expect(unitsInBalancePercent(units).value).toBe('33.3');
    expect(unitsInBalancePercent([gross(1, 1)], 0).value).toBe('100');
  });

  it('is not computable on an empty base set', () => {
    expect(unitsInBalancePercent([]).reason).toMatch(/inga verksamhetsområden/);
  });
});

describe('percentOf', () => {
  it('rounds half away from zero', () => {
    expect(percentOf(1n, 8n, 0)).toBe('13');
    expect(percentOf(-1n, 8n, 0)).toBe('-13');
    expect(percentOf(1n, 3n, 2)).toBe('33.33');
  });
});

describe('a net-only forecast', () => {
  it('gives no budget variance, since the turnover is unknown, and says so', () => {
    const percentage = budgetVariancePercent({ netCost: tkr(-5_868) });
    expect(percentage.value).toBeNull();
    expect(percentage.reason).toBe(
      'Prognosen är lämnad som netto, så intäkterna (omsättningen) är okända och resultatet kan inte anges i procent av dem.',
    );
  });

  it('counts in the units in balance by its net', () => {
    expect(
      unitsInBalancePercent([{ netCost: tkr(-1) }, { netCost: 0n }, { netCost: tkr(1) }, gross(1, 2)]).value,
    ).toBe('75.0');
  });
});
