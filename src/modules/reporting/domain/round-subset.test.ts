import { describe, expect, it } from 'vitest';
import {
  askedText,
  asksForGoal,
  asksForIndicator,
  nextYearSubsetItems,
  subsetChanges,
  subsetOf,
  subsetSummary,
  WHOLE_ROUND,
} from './round-subset.ts';

const staff = { id: 'sick', goalId: 'staff' };
const economy = { id: 'result', goalId: 'economy' };

describe('asksForIndicator', () => {
  it('asks for every indicator when the round names nothing', () => {
    expect(asksForIndicator(WHOLE_ROUND, staff)).toBe(true);
    expect(asksForGoal(WHOLE_ROUND, 'staff')).toBe(true);
  });

  it('asks for an indicator the round names, but not for its goal’s verdict', () => {
    const subset = { goalIds: [], indicatorIds: ['sick'] };
    expect(asksForIndicator(subset, staff)).toBe(true);
    expect(asksForIndicator(subset, economy)).toBe(false);
    expect(asksForGoal(subset, 'staff')).toBe(false);
  });

  it('asks for every indicator of a goal the round names, and the goal’s verdict', () => {
    const subset = { goalIds: ['economy'], indicatorIds: [] };
    expect(asksForIndicator(subset, economy)).toBe(true);
    expect(asksForIndicator(subset, staff)).toBe(false);
    expect(asksForGoal(subset, 'economy')).toBe(true);
  });
});

describe('subsetChanges', () => {
  const stored = [
    { id: '1', goalId: 'economy', indicatorId: null },
    { id: '2', goalId: null, indicatorId: 'sick' },
  ];

  it('adds what is new and removes what is no longer wanted', () => {
    const { add, remove } = subsetChanges(stored, { goalIds: ['staff'], indicatorIds: ['sick'] });
    expect(add).toEqual([{ goalId: 'staff', indicatorId: null }]);
    expect(remove.map((item) => item.id)).toEqual(['1']);
  });

  it('changes nothing when the subset is the stored one, and removes all for the whole round', () => {
    expect(subsetChanges(stored, subsetOf(stored))).toEqual({ add: [], remove: [] });
    expect(subsetChanges(stored, WHOLE_ROUND).remove).toHaveLength(2);
  });
});

describe('texts', () => {
  it('summarise the subset in Swedish, singular and plural', () => {
    expect(subsetSummary(WHOLE_ROUND)).toBe('Alla mål och indikatorer');
    expect(subsetSummary({ goalIds: ['a', 'b'], indicatorIds: ['c'] })).toBe('2 mål och 1 indikator');
    expect(subsetSummary({ goalIds: [], indicatorIds: ['c', 'd', 'e'] })).toBe('3 indikatorer');
  });

  it('say how much the round asks for, and nothing when it asks for everything', () => {
    expect(askedText({ goalIds: ['a'], indicatorIds: [] }, 3, 12)).toBe(
      'Tillfället frågar efter 3 av 12 indikatorer',
    );
    expect(askedText({ goalIds: [], indicatorIds: ['a'] }, 1, 1)).toBe(
      'Tillfället frågar efter 1 av 1 indikator',
    );
    expect(askedText(WHOLE_ROUND, 12, 12)).toBeNull();
  });
});

describe('nextYearSubsetItems', () => {
  const from = [
    { id: 'aug23', kind: 'august' },
    { id: 'oct23', kind: 'october' },
  ];
  const to = [
    { id: 'aug24', kind: 'august' },
    { id: 'oct24', kind: 'october' },
    { id: 'closing24', kind: 'closing' },
  ];
  const item = (reportingRoundId: string, goalId: string | null, indicatorId: string | null = null) => ({
    reportingRoundId,
    goalId,
    indicatorId,
  });

  it('copies a round’s subset to the same kind next year, less what the new year no longer has', () => {
    const items = [item('aug23', 'economy'), item('aug23', null, 'sick'), item('aug23', 'ended')];
    const current = { goalIds: new Set(['economy']), indicatorIds: new Set(['sick']) };
    expect(nextYearSubsetItems({ from, to, items, current })).toEqual([
      item('aug24', 'economy'),
      item('aug24', null, 'sick'),
    ]);
  });

  it('leaves alone a round of the new year that already has a subset', () => {
    const items = [item('aug23', 'economy'), item('aug24', 'staff')];
    const current = { goalIds: new Set(['economy', 'staff']), indicatorIds: new Set<string>() };
    expect(nextYearSubsetItems({ from, to, items, current })).toEqual([]);
  });
});
