import { describe, expect, it } from 'vitest';
import type { Grant } from '#core/actor.ts';
import { canSomewhere, permits, writesSomewhere } from './permissions.ts';

const grant = (
  role: Grant['role'],
  orgUnitId: string | null,
  fromYear: number | null = null,
  toYear: number | null = null,
): Grant => ({
  role,
  orgUnitId,
  fromYear,
  toYear,
});

// VOE lies under VSS, which lies under KS; KLF is VSS's sibling.
const VOE_PATH = ['VOE', 'VSS', 'KS', 'STAD'];
const KLF_PATH = ['KLF', 'KS', 'STAD'];

describe('permits', () => {
  it('covers a unit and its whole subtree, and nothing beside it', () => {
    const grants = [grant('reporter', 'VSS')];
    expect(permits(grants, { capability: 'report', unitId: 'VOE', year: 2023 }, VOE_PATH)).toBe(true);
    expect(permits(grants, { capability: 'report', unitId: 'KLF', year: 2023 }, KLF_PATH)).toBe(false);
  });

  it('gives each role its own kinds of work', () => {
    expect(
      permits([grant('reporter', 'VSS')], { capability: 'plan', unitId: 'VOE', year: null }, VOE_PATH),
    ).toBe(false);
    expect(
      permits([grant('controller', 'VSS')], { capability: 'plan', unitId: 'VOE', year: null }, VOE_PATH),
    ).toBe(true);
    expect(
      permits([grant('approver', 'VSS')], { capability: 'report', unitId: 'VOE', year: null }, VOE_PATH),
    ).toBe(false);
    expect(
      permits([grant('reader', null)], { capability: 'report', unitId: 'VOE', year: null }, VOE_PATH),
    ).toBe(false);
  });

  it('keeps municipality-wide work to grants over the whole municipality', () => {
    const need = { capability: 'govern', unitId: null, year: null } as const;
    expect(permits([grant('centralController', 'VSS')], need, [])).toBe(false);
    expect(permits([grant('centralController', null)], need, [])).toBe(true);
  });

  it('holds a role only in its years; work in no one year is decided by the unit', () => {
    const grants = [grant('reporter', 'VSS', 2024, 2025)];
    expect(permits(grants, { capability: 'report', unitId: 'VOE', year: 2023 }, VOE_PATH)).toBe(false);
    expect(permits(grants, { capability: 'report', unitId: 'VOE', year: 2025 }, VOE_PATH)).toBe(true);
    expect(permits(grants, { capability: 'report', unitId: 'VOE', year: 2026 }, VOE_PATH)).toBe(false);
    expect(permits(grants, { capability: 'report', unitId: 'VOE', year: null }, VOE_PATH)).toBe(true);
  });
});

describe('what a role may do anywhere', () => {
  it('lets readers and auditors change nothing', () => {
    expect(writesSomewhere([grant('reader', null), grant('auditor', null)])).toBe(false);
    expect(writesSomewhere([grant('reporter', 'VOE')])).toBe(true);
    expect(canSomewhere([grant('auditor', null)], 'audit')).toBe(true);
    expect(canSomewhere([grant('controller', 'VSS')], 'administer')).toBe(false);
  });
});
