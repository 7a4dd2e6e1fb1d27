import { describe, expect, it } from 'vitest';
import { WHOLE_ROUND } from './round-subset.ts';
import { arrangeReport, narrowReport, reportedText, reportPeriod } from './unit-report.ts';

describe('reportPeriod', () => {
  it('covers the year to the round’s month, and last year’s whole year at the budget', () => {
    expect(reportPeriod({ kind: 'august', year: 2023 })).toEqual({
      year: 2023,
      fromMonth: 1,
      toMonth: 8,
      text: 'januari–augusti 2023',
    });
    expect(reportPeriod({ kind: 'april', year: 2019 }).text).toBe('januari–april 2019');
    expect(reportPeriod({ kind: 'closing', year: 2019 }).text).toBe('helåret 2019');
    expect(reportPeriod({ kind: 'budget', year: 2023 })).toMatchObject({ year: 2022, toMonth: 12 });
  });
});

describe('arrangeReport', () => {
  const goal = (id: string, sortOrder: number, retiredAt: string | null = null) => ({
    id,
    name: `Mål ${id}`,
    sortOrder,
    retiredAt,
  });
  const indicator = (id: string, goalId: string, sortOrder: number, extra: object = {}) => ({
    id,
    goalId,
    name: `Indikator ${id}`,
    unit: '%',
    isGenderSplit: false,
    computation: null,
    sortOrder,
    retiredAt: null,
    ...extra,
  });
  const outcome = (id: string, indicatorId: string, reportingRoundId: string, year: number) => ({
    id,
    indicatorId,
    reportingRoundId,
    year,
    total: '1',
  });

  const arranged = arrangeReport({
    roundId: 'aug',
    period: reportPeriod({ kind: 'august', year: 2023 }),
    targetYear: 2023,
    goals: [goal('b', 2), goal('a', 1), goal('gone', 0, '2023-03-01')],
    indicators: [
      indicator('a2', 'a', 2),
      indicator('a1', 'a', 1, { computation: 'economy.budgetVariance' }),
      indicator('b1', 'b', 1),
      indicator('g1', 'gone', 1),
    ],
    roundOutcomes: [
      outcome('own', 'a2', 'aug', 2023),
      outcome('lastYear', 'b1', 'aug', 2022),
      outcome('otherRound', 'b1', 'apr', 2023),
    ],
    targets: [
      { indicatorId: 'a2', year: 2023, part: 'total', notation: '≥ 90' },
      { indicatorId: 'a2', year: 2023, part: 'women', notation: '≥ 95' },
      { indicatorId: 'b1', year: 2024, part: 'total', notation: '≥ 80' },
    ],
    previousTotal: (id) => (id === 'a2' ? '88' : null),
    assessmentOf: (goalId) => `bedömning ${goalId}`,
  });

  it('lists current goals and indicators in their order, leaving retired ones out', () => {
    expect(arranged.map((entry) => [entry.id, entry.indicators.map((row) => row.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
    expect(arranged.map((entry) => entry.assessment)).toEqual(['bedömning a', 'bedömning b']);
  });

  it('gives each indicator only the round’s own outcome for the period’s year, and the year’s total target', () => {
    const [a1, a2] = arranged[0]?.indicators ?? [];
    expect(a2).toMatchObject({ target: '≥ 90', previous: '88', computed: false, outcome: { id: 'own' } });
    expect(a1).toMatchObject({ computed: true, outcome: null, target: null });
    expect(arranged[1]?.indicators[0]).toMatchObject({ outcome: null, target: null });
  });

  it('counts the typed indicators that have an outcome, in Swedish', () => {
    const rows = arranged.flatMap((entry) => entry.indicators);
    expect(reportedText(rows)).toBe('1 av 2 indikatorer har utfall');
    expect(reportedText(rows.slice(0, 2))).toBe('1 av 1 indikator har utfall');
  });
});

describe('narrowReport', () => {
  const row = (id: string) => ({
    id,
    name: id,
    unit: null,
    isGenderSplit: false,
    computed: false,
    target: null,
    previous: null,
    outcome: null,
  });
  const goals = [
    { id: 'economy', name: 'Ekonomi', indicators: [row('result'), row('cost')], assessment: null },
    { id: 'staff', name: 'Personal', indicators: [row('sick'), row('fullTime')], assessment: null },
    { id: 'quality', name: 'Kvalitet', indicators: [row('nki')], assessment: null },
  ];

  it('keeps everything, with every verdict, when the round names nothing', () => {
    const { goals: narrowed, asks } = narrowReport(goals, WHOLE_ROUND);
    expect(narrowed.map((goal) => [goal.id, goal.asked, goal.indicators.length])).toEqual([
      ['economy', true, 2],
      ['staff', true, 2],
      ['quality', true, 1],
    ]);
    expect(asks).toBeNull();
  });

  it('keeps a named goal whole, a named indicator under its goal without the verdict, and drops the rest', () => {
    const { goals: narrowed, asks } = narrowReport(goals, { goalIds: ['economy'], indicatorIds: ['sick'] });
    expect(narrowed.map((goal) => [goal.id, goal.asked, goal.indicators.map((r) => r.id)])).toEqual([
      ['economy', true, ['result', 'cost']],
      ['staff', false, ['sick']],
    ]);
    expect(asks).toBe('Tillfället frågar efter 3 av 5 indikatorer');
  });
});
