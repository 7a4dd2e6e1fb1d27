import { describe, expect, it } from 'vitest';
import {
  type Completion,
  checkCompletion,
  completionFields,
  completionOf,
  formatCompletion,
  isDueInRound,
  type RoundPoint,
  roundsDue,
} from './completion.ts';

const ROUNDS_2020: RoundPoint[] = [
  { year: 2020, kind: 'budget', deadline: '2019-10-31' },
  { year: 2020, kind: 'april', deadline: '2020-05-15' },
  { year: 2020, kind: 'august', deadline: '2020-09-15' },
  { year: 2020, kind: 'october', deadline: '2020-11-15' },
  { year: 2020, kind: 'closing', deadline: '2021-02-15' },
];
const due = (completion: Completion) => roundsDue(completion, 2020, ROUNDS_2020).map((round) => round.kind);

describe('the planned completion in Swedish', () => {
  it('prints each kind as the Slutfört column does (001:1543-1663)', () => {
    expect(formatCompletion({ kind: 'quarter', year: 2020, quarter: 1 })).toBe('Kvartal 1 2020');
    expect(formatCompletion({ kind: 'quarter', year: null, quarter: 4 })).toBe('Kvartal 4');
    expect(formatCompletion({ kind: 'tertial', year: null, tertial: 2 })).toBe('Tertial 2');
    expect(formatCompletion({ kind: 'month', year: 2020, month: 1 })).toBe('Januari 2020');
    expect(formatCompletion({ kind: 'date', date: '2020-03-31' })).toBe('2020-03-31');
    expect(formatCompletion({ kind: 'ongoing' })).toBe('Löpande under året');
  });

  it('round-trips through the stored fields', () => {
    const completions: Completion[] = [
      { kind: 'date', date: '2020-06-30' },
      { kind: 'month', year: 2020, month: 4 },
      { kind: 'quarter', year: 2019, quarter: 4 },
      { kind: 'tertial', year: null, tertial: 3 },
      { kind: 'ongoing' },
    ];
    for (const completion of completions) {
      expect(completionOf(completionFields(completion))).toEqual(completion);
    }
  });

  it('refuses a missing, out-of-range or superfluous value', () => {
    const none = { completionYear: null, completionNumber: null, completionDate: null };
    expect(checkCompletion({ ...none, completionKind: 'tertial', completionNumber: 4 })).toEqual([
      { rule: 'number_out_of_range', kind: 'tertial', value: 4 },
    ]);
    expect(checkCompletion({ ...none, completionKind: 'quarter' })).toEqual([
      { rule: 'number_missing', kind: 'quarter' },
    ]);
    expect(checkCompletion({ ...none, completionKind: 'date' })).toEqual([{ rule: 'date_missing' }]);
    expect(checkCompletion({ ...none, completionKind: 'ongoing', completionNumber: 2 })).toEqual([
      { rule: 'extra_value', kind: 'ongoing', field: 'completionNumber' },
    ]);
    expect(checkCompletion({ ...none, completionKind: 'month', completionNumber: 12 })).toEqual([]);
  });
});

describe('the rounds an activity is due in', () => {
  it('follows a tertial up in its own round and after: 1 → april, 2 → august, 3 → bokslut', () => {
    expect(due({ kind: 'tertial', year: null, tertial: 1 })).toEqual([
      'april',
      'august',
      'october',
      'closing',
    ]);
    expect(due({ kind: 'tertial', year: null, tertial: 2 })).toEqual(['august', 'october', 'closing']);
    expect(due({ kind: 'tertial', year: null, tertial: 3 })).toEqual(['closing']);
  });

  it('follows a quarter, month or date up in the first round whose deadline is after its end', () => {
    expect(due({ kind: 'quarter', year: 2020, quarter: 1 })).toEqual([
      'april',
      'august',
      'october',
      'closing',
    ]);
    expect(due({ kind: 'quarter', year: 2020, quarter: 3 })).toEqual(['october', 'closing']);
    expect(due({ kind: 'quarter', year: null, quarter: 4 })).toEqual(['closing']);
    expect(due({ kind: 'month', year: 2020, month: 8 })).toEqual(['august', 'october', 'closing']);
    expect(due({ kind: 'date', date: '2020-09-16' })).toEqual(['october', 'closing']);
    // "Q4 2019." in the plan for 2020 (001:1585): overdue from the first round.
    expect(due({ kind: 'quarter', year: 2019, quarter: 4 })).toEqual([
      'april',
      'august',
      'october',
      'closing',
    ]);
  });

  it('asks about "löpande under året" in every follow-up round of the plan’s year, never in the budget', () => {
    expect(due({ kind: 'ongoing' })).toEqual(['april', 'august', 'october', 'closing']);
    expect(
      isDueInRound({ kind: 'ongoing' }, 2020, { year: 2021, kind: 'april', deadline: '2021-05-15' }),
    ).toBe(false);
  });
});
