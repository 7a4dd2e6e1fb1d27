import { describe, expect, it } from 'vitest';
import { formatFigure, formatTkr, samePrintedFigure } from './figures.ts';
import { CHECK_RULE_IDS, countByRule, countBySeverity, type Finding, sortFindings } from './finding.ts';
import { plain, testPlace } from './test-places.ts';

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'figure-differs-between-rounds',
  severity: 'notering',
  message: '…',
  place: testPlace('Total sjukfrånvaro, utfall 2017'),
  provenance: [],
  ...overrides,
});

describe('the list of findings', () => {
  it('is sorted by severity, then by place: unit, round, year and label', () => {
    const august = { kind: 'august' as const, year: 2019, name: 'Delår 31 augusti 2019' };
    const list = [
      finding({ place: testPlace('B', { year: 2018 }) }),
      finding({ severity: 'varning', place: testPlace('Z') }),
      finding({ place: testPlace('A', { year: 2018 }) }),
      finding({ place: testPlace('A', { year: 2017, round: august }) }),
      finding({ severity: 'fel', place: testPlace('Y', { unit: 'KS' }) }),
      finding({ place: testPlace('C', { unit: 'KS' }) }),
    ];
    expect(
      sortFindings(list).map((item) => `${item.severity} ${item.place.unit} ${item.place.label}`),
    ).toEqual([
      'fel KS Y',
      'varning VSS Z',
      'notering KS C',
      'notering VSS A',
      'notering VSS A',
      'notering VSS B',
    ]);
    expect(sortFindings(list)[3]?.place.round?.kind).toBe('august');
  });

  it('counts per rule, every rule listed, and per severity', () => {
    const list = [finding({}), finding({}), finding({ ruleId: 'gender-parts-sum', severity: 'fel' })];
    const counts = countByRule(list);
    expect(counts.map((count) => count.ruleId)).toEqual([...CHECK_RULE_IDS]);
    expect(counts.find((count) => count.ruleId === 'figure-differs-between-rounds')).toEqual({
      ruleId: 'figure-differs-between-rounds',
      name: 'Samma uppgift olika vid två tillfällen',
      count: 2,
    });
    expect(countBySeverity(list)).toEqual({ fel: 1, varning: 0, notering: 2 });
  });
});

describe('figures in messages', () => {
  it('prints the Swedish way, with a unit where it says something', () => {
    expect(plain(formatFigure('-81618', 'antal'))).toBe('−81 618');
    expect(plain(formatFigure('3.82', '%'))).toBe('3,82 %');
    expect(formatFigure('4.3', '0-5')).toBe('4,3');
    expect(plain(formatFigure('161', 'årsarbetare'))).toBe('161 årsarbetare');
    expect(plain(formatTkr('463475000.00'))).toBe('463 475 tkr');
    expect(plain(formatTkr('-400.00'))).toBe('−0,4 tkr');
  });

  it('tells a printing’s rounding from a difference', () => {
    expect(samePrintedFigure('7.6', '8')).toBe(true);
    expect(samePrintedFigure('100.0', '100')).toBe(true);
    expect(samePrintedFigure('3.94', '4.0')).toBe(false);
    expect(samePrintedFigure('8.3', '7')).toBe(false);
  });
});
