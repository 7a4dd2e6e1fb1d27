import { describe, expect, it } from 'vitest';
import { nextYearGoal } from './carry.ts';
import { isUnfinished, latestStatus } from './status.ts';

describe('an activity’s latest status', () => {
  it('is the one at the latest round, whatever order they come in', () => {
    const latest = latestStatus([
      { status: 'inProgress' as const, round: { year: 2020, kind: 'august' as const } },
      { status: 'done' as const, round: { year: 2020, kind: 'closing' as const } },
      { status: 'notStarted' as const, round: { year: 2020, kind: 'april' as const } },
    ]);
    expect(latest?.status).toBe('done');
    expect(latestStatus([])).toBeNull();
  });

  it('leaves everything but "genomförd" unfinished', () => {
    expect(isUnfinished('done')).toBe(false);
    expect(isUnfinished('notDone')).toBe(true);
    expect(isUnfinished(null)).toBe(true);
  });
});

describe('the goal an activity continues under next year', () => {
  const goal = {
    id: 'g1',
    orgUnitId: 'u',
    name: 'Goda arbetsplatser',
    validFromYear: 2020,
    validToYear: 2020,
    retiredAt: null,
  };
  it('is the same goal while it is in force', () => {
    expect(nextYearGoal({ ...goal, validToYear: null }, 2021, [])?.id).toBe('g1');
  });
  it('else the unit’s one goal of that name in force then', () => {
    const next = { ...goal, id: 'g2', name: 'goda  arbetsplatser', validFromYear: 2021, validToYear: null };
    const other = { ...next, id: 'g3', orgUnitId: 'v' };
    expect(nextYearGoal(goal, 2021, [goal, next, other])?.id).toBe('g2');
    expect(nextYearGoal(goal, 2021, [other])).toBeNull();
    expect(nextYearGoal(goal, 2021, [next, { ...next, id: 'g4' }])).toBeNull();
  });
});
