import { describe, expect, it } from 'vitest';
import { combineResults, countByTable, rolloverYears, undoPlan } from './rollover.ts';

const planning = {
  created: [
    { table: 'reporting_round', id: 'budget-2024' },
    { table: 'reporting_round', id: 'april-2024' },
  ],
  changed: [],
};
const goals = {
  created: [{ table: 'activity', id: 'activity-2024' }],
  changed: [
    { table: 'goal', id: 'goal-1', before: { validToYear: 2023 } },
    { table: 'goal', id: 'goal-2', before: { validToYear: 2023 } },
  ],
};

describe('rolloverYears', () => {
  it('starts the year after', () => {
    expect(rolloverYears(2023)).toEqual({ fromYear: 2023, toYear: 2024 });
  });
});

describe('undoPlan', () => {
  it('deletes what was created last first, then writes back what was changed, last first', () => {
    const plan = undoPlan(combineResults([planning, goals]));
    expect(plan.map((action) => `${action.kind} ${action.record.id}`)).toEqual([
      'delete activity-2024',
      'delete april-2024',
      'delete budget-2024',
      'restore goal-2',
      'restore goal-1',
    ]);
  });

  it('does nothing for a rollover that wrote nothing', () => {
    expect(undoPlan({ created: [], changed: [] })).toEqual([]);
  });
});

describe('countByTable', () => {
  it('counts created and changed records per table, in the order the tables were first met', () => {
    expect(countByTable(combineResults([planning, goals]))).toEqual([
      { table: 'reporting_round', created: 2, changed: 0 },
      { table: 'activity', created: 1, changed: 0 },
      { table: 'goal', created: 0, changed: 2 },
    ]);
  });
});
