import { describe, expect, it } from 'vitest';
import {
  costVariance,
  describeSignConvention,
  describeVarianceConvention,
  netAmount,
  netVariance,
  netVarianceFromParts,
  revenueVariance,
} from './conventions.ts';
import type { GrossAmounts } from './money.ts';

/** Whole tkr as öre. */
const tkr = (value: number): bigint => BigInt(value) * 100_000n;
const gross = (costs: number, revenues: number): GrossAmounts => ({
  costs: tkr(costs),
  revenues: tkr(revenues),
});

// VB 2019 summary (002:66-68): Bokslut and Budget 2019.
const closing2019 = gross(254_067, 271_368);
const budget2019 = gross(266_423, 266_923);
// Delår summary (004:45-47): Prognos helår and Budget 2019.
const forecast2019 = gross(252_928, 269_817);
const interimBudget2019 = gross(263_577, 266_923);

describe('net by sign convention (domain.md §3.1)', () => {
  it('gives the result as revenues − costs and the net cost as costs − revenues', () => {
    expect(netAmount(closing2019, 'result')).toBe(tkr(17_301));
    expect(netAmount(gross(561_276, 567_144), 'result')).toBe(tkr(5_868));
    expect(netAmount(gross(544_363, 83_988), 'netCost')).toBe(tkr(460_375));
    expect(netAmount(gross(1_641_300, 1_626_300), 'netCost')).toBe(tkr(15_000));
  });

  it('prints the Delår result as −16 889 on the net-cost scale and 16 889 on the result scale', () => {
    expect(netAmount(forecast2019, 'netCost')).toBe(tkr(-16_889));
    expect(netAmount(forecast2019, 'result')).toBe(tkr(16_889));
    expect(netAmount(interimBudget2019, 'netCost')).toBe(tkr(-3_346));
  });
});

describe('variance conventions (domain.md §3.2)', () => {
  it('favourablePositive: net 16 801, costs 12 356, revenues 4 445 (002:66-68)', () => {
    expect(netVariance(closing2019, budget2019, 'result', 'favourablePositive')).toBe(tkr(16_801));
    expect(costVariance(closing2019.costs, budget2019.costs, 'favourablePositive')).toBe(tkr(12_356));
    expect(revenueVariance(closing2019.revenues, budget2019.revenues)).toBe(tkr(4_445));
  });

  it('favourablePositive gives the same net variance on both sign scales (004:45)', () => {
    expect(netVariance(forecast2019, interimBudget2019, 'netCost', 'favourablePositive')).toBe(tkr(13_543));
    expect(netVariance(forecast2019, interimBudget2019, 'result', 'favourablePositive')).toBe(tkr(13_543));
    expect(revenueVariance(forecast2019.revenues, interimBudget2019.revenues)).toBe(tkr(2_894));
  });

  it('actualMinusBudget restates VB 2019 as costs −12 356, revenues +4 445, net 16 801', () => {
    const costs = costVariance(closing2019.costs, budget2019.costs, 'actualMinusBudget');
    const revenues = revenueVariance(closing2019.revenues, budget2019.revenues);
    expect(costs).toBe(tkr(-12_356));
    expect(revenues).toBe(tkr(4_445));
    expect(netVariance(closing2019, budget2019, 'result', 'actualMinusBudget')).toBe(tkr(16_801));
    expect(netVarianceFromParts(costs, revenues, 'result', 'actualMinusBudget')).toBe(tkr(16_801));
  });

  it('actualMinusBudget on the net-cost scale turns the net round: an improvement is negative', () => {
    expect(netVariance(closing2019, budget2019, 'netCost', 'actualMinusBudget')).toBe(tkr(-16_801));
    expect(netVarianceFromParts(tkr(-12_356), tkr(4_445), 'netCost', 'actualMinusBudget')).toBe(tkr(-16_801));
  });

  it('favourablePositive net = cost variance + revenue variance on either scale', () => {
    for (const sign of ['result', 'netCost'] as const) {
      expect(netVarianceFromParts(tkr(12_356), tkr(4_445), sign, 'favourablePositive')).toBe(tkr(16_801));
    }
  });
});

describe('descriptions', () => {
  it('say in Swedish what the net and the variance mean', () => {
    expect(describeSignConvention('netCost')).toContain('kostnader minus intäkter');
    expect(describeSignConvention('netCost')).toContain('positivt belopp är ett underskott');
    expect(describeSignConvention('result')).toContain('intäkter minus kostnader');
    expect(describeSignConvention('result')).toContain('positivt belopp är ett överskott');
    expect(describeVarianceConvention('favourablePositive', 'netCost')).toContain(
      'netto som budget minus utfall',
    );
    expect(describeVarianceConvention('favourablePositive', 'result')).toContain(
      'netto som utfall minus budget',
    );
    expect(describeVarianceConvention('actualMinusBudget', 'result')).toContain(
      'utfall minus budget på varje rad',
    );
    expect(describeVarianceConvention('actualMinusBudget', 'netCost')).toContain('sämre än budget');
  });
});
