import { describe, expect, it } from 'vitest';
import { canBeParentIndicator, canLinkToMunicipalGoal, isInForce, isYearSpanOrdered } from './goal.ts';

describe('goal rules', () => {
  it('reads year spans with an open end', () => {
    expect(isYearSpanOrdered({ validFromYear: 2023, validToYear: null })).toBe(true);
    expect(isYearSpanOrdered({ validFromYear: 2023, validToYear: 2022 })).toBe(false);
    expect(isInForce({ validFromYear: 2020, validToYear: 2022 }, 2022)).toBe(true);
    expect(isInForce({ validFromYear: 2020, validToYear: 2022 }, 2023)).toBe(false);
  });

  it('links a goal only to a municipal goal in force the year the goal starts', () => {
    const budget2020 = { validFromYear: 2020, validToYear: 2022 };
    expect(canLinkToMunicipalGoal({ validFromYear: 2020, validToYear: 2020 }, budget2020)).toBe(true);
    expect(canLinkToMunicipalGoal({ validFromYear: 2023, validToYear: null }, budget2020)).toBe(false);
    expect(canLinkToMunicipalGoal({ validFromYear: 2019, validToYear: 2019 }, budget2020)).toBe(false);
  });

  it('allows sub-indicators one level deep, under an indicator of the same goal', () => {
    const top = { id: 'kundnojdhet', goalId: 'g', parentIndicatorId: null };
    expect(canBeParentIndicator({ id: 'lkdata', goalId: 'g' }, top)).toBe(true);
    expect(canBeParentIndicator({ id: 'lkdata', goalId: 'other' }, top)).toBe(false);
    expect(canBeParentIndicator({ id: 'kundnojdhet', goalId: 'g' }, top)).toBe(false);
    expect(
      canBeParentIndicator(
        { id: 'x', goalId: 'g' },
        { id: 'lkdata', goalId: 'g', parentIndicatorId: 'kundnojdhet' },
      ),
    ).toBe(false);
    expect(canBeParentIndicator({ id: 'x', goalId: 'g' }, undefined)).toBe(false);
  });
});
