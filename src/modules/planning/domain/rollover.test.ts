import { describe, expect, it } from 'vitest';
import { nextYearName, nextYearRounds, yearLater } from './rollover.ts';

const calendar2023 = [
  { kind: 'budget', name: 'Budget 2023', deadline: '2022-10-31' },
  { kind: 'april', name: 'Delår 30 april 2023', deadline: '2023-05-15' },
  { kind: 'august', name: 'Delår 31 augusti 2023', deadline: '2023-09-15' },
  { kind: 'closing', name: 'Bokslut', deadline: '2024-02-29' },
] as const;

describe('nextYearRounds', () => {
  it('copies the kinds the new year lacks, with the year in the name and the deadline a year later', () => {
    expect(nextYearRounds(calendar2023, ['april'], 2023, 2024)).toEqual([
      { year: 2024, kind: 'budget', name: 'Budget 2024', deadline: '2023-10-31' },
      { year: 2024, kind: 'august', name: 'Delår 31 augusti 2024', deadline: '2024-09-15' },
      { year: 2024, kind: 'closing', name: 'Bokslut 2024', deadline: '2025-02-28' },
    ]);
  });

  it('copies nothing when the new year has every kind', () => {
    expect(nextYearRounds(calendar2023, ['budget', 'april', 'august', 'closing'], 2023, 2024)).toEqual([]);
  });
});

describe('yearLater and nextYearName', () => {
  it('keeps the day, but for 29 February', () => {
    expect(yearLater('2023-12-31')).toBe('2024-12-31');
    expect(yearLater('2024-02-29')).toBe('2025-02-28');
  });

  it('replaces every mention of the year, and names a round without one as is customary', () => {
    expect(nextYearName({ kind: 'october', name: 'Oktober 2023 (2023)', deadline: '' }, 2023, 2024)).toBe(
      'Oktober 2024 (2024)',
    );
    expect(nextYearName({ kind: 'october', name: 'Oktober', deadline: '' }, 2023, 2024)).toBe(
      'Oktoberuppföljning 2024',
    );
  });
});
