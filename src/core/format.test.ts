import { describe, expect, it } from 'vitest';
import { compareSwedish, formatDate, formatDecimal, formatLongDate, swedishToday } from './format.ts';

describe('formatDecimal', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatDecimal('1234.5')).toBe('1\u00a0234,5');
    expect(formatDecimal('620173')).toBe('620\u00a0173');
    expect(formatDecimal('-2356')).toBe('\u22122\u00a0356');
    expect(formatDecimal('96.0')).toBe('96,0');
    expect(formatDecimal('4.44', { decimals: 1 })).toBe('4,4');
  });
});

describe('Swedish order', () => {
  it('sorts å, ä and ö after z', () => {
    const names = ['Örebro', 'Åre', 'Ängelholm', 'Zinkgruvan', 'Arboga', 'ester'];
    expect(names.sort(compareSwedish)).toEqual([
      'Arboga',
      'ester',
      'Zinkgruvan',
      'Åre',
      'Ängelholm',
      'Örebro',
    ]);
  });
});

describe('formatDate', () => {
  it('writes ISO dates in Swedish time', () => {
    expect(formatDate('2026-11-22T23:30:00Z')).toBe('2026-11-23');
  });
});

describe('swedishToday', () => {
  it('turns the day at midnight in Sweden: UTC+2 in summer', () => {
    expect(swedishToday(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(swedishToday(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    // Past midnight in UTC, still the same day in Sweden.
    expect(swedishToday(new Date('2026-07-01T00:30:00Z'))).toBe('2026-07-01');
  });

  it('turns the day at midnight in Sweden: UTC+1 in winter', () => {
    expect(swedishToday(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(swedishToday(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(swedishToday(new Date('2027-01-01T00:30:00Z'))).toBe('2027-01-01');
  });

  it('is the current day without an argument', () => {
    const before = swedishToday(new Date());
    const today = swedishToday();
    expect([before, swedishToday(new Date())]).toContain(today);
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('formatLongDate', () => {
  it('writes a calendar date in Swedish words, the same day whatever the time zone', () => {
    expect(formatLongDate('2019-12-31')).toBe('31 december 2019');
    expect(formatLongDate('2020-01-01')).toBe('1 januari 2020');
  });
});
