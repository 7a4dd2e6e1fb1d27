import { describe, expect, it } from 'vitest';
import { forecastOf } from './forecast.ts';

const units = [
  { id: 'VSS', parentId: null },
  { id: 'VOE', parentId: 'VSS' },
  { id: 'VOE-EKS', parentId: 'VOE' },
  { id: 'VOE-UI', parentId: 'VOE' },
  { id: 'LKDATA', parentId: 'VSS' },
];
const gross = (costs: bigint, revenues: bigint) => ({ costs, revenues });

describe('forecastOf', () => {
  it('takes a unit’s own forecast, never adding its children’s to it', () => {
    const own = new Map([
      ['VOE', gross(100n, 110n)],
      ['VOE-EKS', gross(60n, 70n)],
    ]);
    expect(forecastOf('VOE', units, own)).toEqual(gross(100n, 110n));
  });

  it('adds up the children’s forecasts where the unit has none of its own', () => {
    const own = new Map([
      ['VOE-EKS', gross(60n, 70n)],
      ['VOE-UI', gross(40n, 35n)],
      ['LKDATA', gross(5n, 6n)],
    ]);
    expect(forecastOf('VOE', units, own)).toEqual(gross(100n, 105n));
    expect(forecastOf('VSS', units, own)).toEqual(gross(105n, 111n));
  });

  it('has no forecast where no unit below has one', () => {
    expect(forecastOf('VOE', units, new Map())).toBeNull();
  });
});
