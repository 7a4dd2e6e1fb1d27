import { describe, expect, it } from 'vitest';
import { goalsToExtend, lackingTarget } from './rollover.ts';

const goal = (
  id: string,
  validFromYear: number,
  validToYear: number | null,
  retiredAt: string | null = null,
) => ({
  id,
  orgUnitId: id === 'closed-unit' ? 'lk-data' : 'vss',
  validFromYear,
  validToYear,
  retiredAt,
});

describe('goalsToExtend', () => {
  it('takes the goals that end with the year on units that go on; not open, later, earlier or retired ones', () => {
    const goals = [
      goal('ends-2023', 2020, 2023),
      goal('one-year', 2023, 2023),
      goal('open', 2023, null),
      goal('to-2025', 2023, 2025),
      goal('ended-2022', 2020, 2022),
      goal('retired', 2023, 2023, '2023-06-01T00:00:00Z'),
      goal('closed-unit', 2021, 2023),
    ];
    const { extend, unitEnds } = goalsToExtend(goals, 2023, new Set(['vss']));
    expect(extend.map((chosen) => chosen.id)).toEqual(['ends-2023', 'one-year']);
    expect(unitEnds.map((chosen) => chosen.id)).toEqual(['closed-unit']);
  });
});

describe('lackingTarget', () => {
  it('lists the indicators with no target of any part for the year', () => {
    const targets = [
      { indicatorId: 'a', year: 2024 },
      { indicatorId: 'b', year: 2023 },
    ];
    expect(lackingTarget(['a', 'b', 'c'], targets, 2024)).toEqual(['b', 'c']);
  });
});
