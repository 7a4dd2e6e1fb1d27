/** The computed figures – the budget at a round, the accumulated actual, the adjusted frame – and the rules. */
import { describe, expect, it } from 'vitest';
import { AmountIndex, adjustFrame, type FrameChangeFact, netOf } from './figures.ts';
import { checkAmount, checkFrameChange, checkProject, yearsOutsideProject } from './investment.ts';

const kr = (value: number) => BigInt(value) * 100n;

describe('AmountIndex', () => {
  const index = new AmountIndex([
    {
      id: '1',
      projectId: 'p',
      year: 2019,
      kind: 'budget',
      round: 'budget',
      amounts: { costs: kr(37_900), revenues: 0n },
      note: null,
    },
    {
      id: '2',
      projectId: 'p',
      year: 2019,
      kind: 'budget',
      round: 'october',
      amounts: { costs: kr(48_000), revenues: 0n },
      note: 'utökad',
    },
    {
      id: '3',
      projectId: 'p',
      year: 2018,
      kind: 'actual',
      round: 'closing',
      amounts: { costs: kr(100), revenues: kr(10) },
      note: null,
    },
    {
      id: '4',
      projectId: 'p',
      year: 2019,
      kind: 'actual',
      round: 'august',
      amounts: { costs: kr(999), revenues: 0n },
      note: null,
    },
    {
      id: '5',
      projectId: 'p',
      year: 2019,
      kind: 'actual',
      round: 'closing',
      amounts: { costs: kr(50), revenues: 0n },
      note: null,
    },
  ]);

  it('reads the budget as revised by a round: the latest revision at or before it', () => {
    expect(index.budgetAt('p', 2019, 'budget')?.amounts.costs).toBe(kr(37_900));
    expect(index.budgetAt('p', 2019, 'august')?.amounts.costs).toBe(kr(37_900));
    expect(index.budgetAt('p', 2019, 'october')?.amounts.costs).toBe(kr(48_000));
    expect(index.budgetAt('p', 2019, 'closing')?.note).toBe('utökad');
    expect(index.budgetAt('p', 2020, 'closing')).toBeUndefined();
  });

  it('accumulates the closed years’ actuals only, never an actual to date', () => {
    const accumulated = index.accumulatedActual('p', 2017, 2019);
    expect(accumulated).toEqual({ costs: kr(150), revenues: kr(10) });
    expect(netOf(accumulated ?? { costs: 0n, revenues: 0n })).toBe(kr(140));
    expect(index.accumulatedActual('p', 2017, 2017)).toBeNull();
  });
});

describe('adjustFrame', () => {
  const change = (extra: Partial<FrameChangeFact>): FrameChangeFact => ({
    id: 'c',
    kind: 'increase',
    year: 2019,
    fromYear: null,
    amountOre: kr(10_100),
    effectiveRound: 'budget',
    reason: 'r',
    decision: null,
    ...extra,
  });
  const frame = { year: 2019, amountOre: kr(37_900), decision: 'KF' };

  it('adds increases and what is rebudgeted to the year, and takes what is rebudgeted from it', () => {
    const changes = [
      change({ id: 'up' }),
      change({ id: 'in', kind: 'rebudget', fromYear: 2018, amountOre: kr(1_000) }),
      change({ id: 'out', kind: 'rebudget', year: 2020, fromYear: 2019, amountOre: kr(400) }),
      change({ id: 'other', year: 2021 }),
    ];
    const adjusted = adjustFrame(2019, frame, changes);
    expect(adjusted.adjustedOre).toBe(kr(37_900 + 10_100 + 1_000 - 400));
    expect(adjusted.changes.map((applied) => [applied.change.id, applied.amountOre])).toEqual([
      ['up', kr(10_100)],
      ['in', kr(1_000)],
      ['out', kr(-400)],
    ]);
  });

  it('counts a change only from its round on', () => {
    const late = [change({ effectiveRound: 'closing' })];
    expect(adjustFrame(2019, frame, late, 'august').adjustedOre).toBe(kr(37_900));
    expect(adjustFrame(2019, frame, late, 'closing').adjustedOre).toBe(kr(48_000));
  });

  it('has no frame without a decided frame or a change, and a frame of the changes alone without one', () => {
    expect(adjustFrame(2019, null, []).adjustedOre).toBeNull();
    expect(adjustFrame(2019, null, [change({})]).adjustedOre).toBe(kr(10_100));
  });
});

describe('the rules', () => {
  const project = { startYear: 2019, completedYear: 2021, conditional: false, condition: null };

  it('refuses a project completed before it started, and a condition without the mark or the mark without it', () => {
    expect(checkProject({ ...project, completedYear: 2018 })).toEqual([
      { rule: 'completed_before_start', path: 'completedYear' },
    ]);
    expect(checkProject({ ...project, conditional: true })).toEqual([
      { rule: 'condition_missing', path: 'condition' },
    ]);
    expect(checkProject({ ...project, condition: 'Om KF beslutar' })).toEqual([
      { rule: 'condition_without_conditional', path: 'condition' },
    ]);
    expect(checkProject(project)).toEqual([]);
  });

  it('refuses an amount at a round its kind is not given at, or outside the project’s years', () => {
    expect(checkAmount({ year: 2020, kind: 'forecast', round: 'closing' }, project)).toEqual([
      { rule: 'round_not_for_kind', path: 'round' },
    ]);
    expect(checkAmount({ year: 2020, kind: 'plan', round: 'august' }, project)[0]?.rule).toBe(
      'round_not_for_kind',
    );
    expect(checkAmount({ year: 2018, kind: 'actual', round: 'closing' }, project)[0]?.rule).toBe(
      'year_before_start',
    );
    expect(checkAmount({ year: 2022, kind: 'budget', round: 'budget' }, project)[0]?.rule).toBe(
      'year_after_completion',
    );
    expect(checkAmount({ year: 2020, kind: 'budget', round: 'october' }, project)).toEqual([]);
    expect(yearsOutsideProject(project, [2018, 2019, 2022, 2018])).toEqual([2018, 2022]);
  });

  it('wants a rebudgeting to name another year to take from, and an increase none', () => {
    expect(checkFrameChange({ kind: 'rebudget', year: 2022, fromYear: null })).toEqual([
      'rebudget_needs_from_year',
    ]);
    expect(checkFrameChange({ kind: 'rebudget', year: 2022, fromYear: 2022 })).toEqual([
      'rebudget_same_year',
    ]);
    expect(checkFrameChange({ kind: 'increase', year: 2022, fromYear: 2021 })).toEqual([
      'increase_has_from_year',
    ]);
    expect(checkFrameChange({ kind: 'rebudget', year: 2022, fromYear: 2021 })).toEqual([]);
  });
});
