import { describe, expect, it } from 'vitest';
import { checkValue, isMeasuredIn, isSpanOrdered, type ValueFacts, yearsOutside } from './measure.ts';

const figure = (overrides: Partial<ValueFacts> = {}): ValueFacts => ({
  year: 2021,
  total: '283648',
  men: null,
  women: null,
  noData: false,
  noDataReason: null,
  ...overrides,
});
const since2019 = { validFromYear: 2019, validToYear: null };

describe('a value', () => {
  it('is a figure with optional parts, or "ingen uppgift" with an optional reason', () => {
    expect(checkValue(figure({ men: '90928', women: '111102' }), since2019)).toEqual([]);
    expect(
      checkValue(figure({ total: null, noData: true, noDataReason: 'Nytt system.' }), since2019),
    ).toEqual([]);
  });

  it('is never both a figure and "ingen uppgift", nor neither', () => {
    expect(checkValue(figure({ noData: true, men: '1' }), since2019)).toEqual([
      { rule: 'value_and_no_data', path: 'total' },
      { rule: 'value_and_no_data', path: 'men' },
    ]);
    expect(checkValue(figure({ total: null, women: '5' }), since2019)).toEqual([
      { rule: 'empty', path: 'total' },
    ]);
  });

  it('has a reason only for "ingen uppgift"', () => {
    expect(checkValue(figure({ noDataReason: 'Varför?' }), since2019)).toEqual([
      { rule: 'reason_without_no_data', path: 'noDataReason' },
    ]);
  });

  it('belongs to a year the measure was measured in', () => {
    expect(checkValue(figure({ year: 2018 }), since2019)).toEqual([
      { rule: 'year_before_measure', path: 'year' },
    ]);
    expect(checkValue(figure({ year: 2021 }), { validFromYear: 2019, validToYear: 2020 })).toEqual([
      { rule: 'year_after_measure', path: 'year' },
    ]);
  });
});

describe('a measure’s years', () => {
  it('run forwards, and tell which years lie outside them', () => {
    expect(isSpanOrdered({ validFromYear: 2020, validToYear: 2019 })).toBe(false);
    expect(isSpanOrdered({ validFromYear: 2020, validToYear: 2020 })).toBe(true);
    expect(isMeasuredIn({ validFromYear: 2020, validToYear: 2020 }, 2020)).toBe(true);
    expect(yearsOutside({ validFromYear: 2019, validToYear: 2020 }, [2021, 2018, 2019, 2021])).toEqual([
      2018, 2021,
    ]);
  });
});
