import { describe, expect, it } from 'vitest';
import { checkSuccession, dayBefore, lineage, type SuccessionUnit, successorsOf } from './succession.ts';

const unit = (id: string, validFrom: string, validTo: string | null = null): SuccessionUnit => ({
  id,
  name: id,
  validFrom,
  validTo,
});

// VSS's reorganisation at the 2021/2022 year-end (000:326), and a made-up one later.
const lkData = unit('lk-data', '2019-01-01', '2021-12-31');
const lkdata = unit('lkdata', '2022-01-01');
const links = [
  { predecessorId: 'lk-data', successorId: 'lkdata', effectiveFrom: '2022-01-01' },
  { predecessorId: 'ekonomiservice', successorId: 'voe', effectiveFrom: '2022-01-01' },
  { predecessorId: 'lkdata', successorId: 'it', effectiveFrom: '2026-01-01' },
  { predecessorId: 'voe', successorId: 'it', effectiveFrom: '2026-01-01' },
];

describe('checkSuccession', () => {
  it('accepts a predecessor that ends the day before its successor takes over', () => {
    const link = { predecessorId: 'lk-data', successorId: 'lkdata', effectiveFrom: '2022-01-01' };
    expect(checkSuccession(link, lkData, lkdata, [])).toEqual({ refusals: [], warnings: [] });
  });

  it('refuses a unit succeeding itself', () => {
    const link = { predecessorId: 'lkdata', successorId: 'lkdata', effectiveFrom: '2023-01-01' };
    expect(checkSuccession(link, lkdata, lkdata, []).refusals).toEqual([{ kind: 'itself' }]);
  });

  it('refuses a successor that does not exist on the date, and a predecessor that starts then', () => {
    const link = { predecessorId: 'lk-data', successorId: 'lkdata', effectiveFrom: '2019-01-01' };
    const kinds = checkSuccession(link, lkData, lkdata, []).refusals.map((problem) => problem.kind);
    expect(kinds).toEqual(['successorNotValid', 'predecessorNotBefore']);
  });

  it('refuses a chain that leads back to the successor', () => {
    const link = { predecessorId: 'it', successorId: 'lk-data', effectiveFrom: '2021-01-01' };
    const problems = checkSuccession(link, unit('it', '2020-01-01'), unit('lk-data', '2019-01-01'), links);
    expect(problems.refusals).toEqual([{ kind: 'cycle' }]);
  });

  it('only warns when the predecessor goes on: a part of it moved (001:1714)', () => {
    const hrService = unit('hr-service', '2019-01-01', '2021-12-31');
    const link = { predecessorId: 'hr-service', successorId: 'elc', effectiveFrom: '2020-01-01' };
    const problems = checkSuccession(link, hrService, unit('elc', '2020-01-01', '2021-12-31'), []);
    expect(problems.refusals).toEqual([]);
    expect(problems.warnings).toEqual([
      { kind: 'predecessorContinues', predecessor: hrService, dayBefore: '2019-12-31' },
    ]);
  });
});

describe('lineage', () => {
  it('gives every predecessor transitively, nearest first, each once', () => {
    expect(lineage('it', links)).toEqual([
      { unitId: 'lkdata', successorId: 'it', effectiveFrom: '2026-01-01', generation: 1 },
      { unitId: 'voe', successorId: 'it', effectiveFrom: '2026-01-01', generation: 1 },
      { unitId: 'lk-data', successorId: 'lkdata', effectiveFrom: '2022-01-01', generation: 2 },
      { unitId: 'ekonomiservice', successorId: 'voe', effectiveFrom: '2022-01-01', generation: 2 },
    ]);
  });

  it('is empty for a unit nobody preceded, and stops at a cycle in stored data', () => {
    expect(lineage('lk-data', links)).toEqual([]);
    const cycle = [
      { predecessorId: 'a', successorId: 'b', effectiveFrom: '2020-01-01' },
      { predecessorId: 'b', successorId: 'a', effectiveFrom: '2021-01-01' },
    ];
    expect(lineage('a', cycle).map((step) => step.unitId)).toEqual(['b']);
  });
});

describe('successorsOf and dayBefore', () => {
  it('lists where a unit’s work went, and counts days across month and leap-year ends', () => {
    expect(successorsOf('lkdata', links).map((link) => link.successorId)).toEqual(['it']);
    expect(dayBefore('2022-01-01')).toBe('2021-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});
