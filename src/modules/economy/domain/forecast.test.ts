import { describe, expect, it } from 'vitest';
import { checkForecastFigures, forecastOf, ownRowForecast } from './forecast.ts';
import type { Amounts } from './statement/index.ts';

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

describe('ownRowForecast', () => {
  it('leaves for the unit’s own row what its whole forecast has beyond its children’s (004:193-204)', () => {
    // VSS forecasts its whole, and VOE (through its units) and LKDATA theirs: VSS's ledning gets the rest.
    const own = new Map([
      ['VSS', gross(252_928n, 269_817n)],
      ['VOE-EKS', gross(60n, 70n)],
      ['VOE-UI', gross(40n, 30n)],
      ['LKDATA', gross(160_928n, 176_762n)],
    ]);
    expect(ownRowForecast('VSS', units, own)).toEqual(gross(91_900n, 92_955n));
    expect(ownRowForecast('VOE', units, own)).toBeNull();
  });

  it('is the whole forecast where no child has forecast, and net-only when a part is', () => {
    expect(ownRowForecast('VOE', units, new Map([['VOE', gross(100n, 90n)]]))).toEqual(gross(100n, 90n));
    const own = new Map<string, Amounts>([
      ['VSS', gross(100n, 120n)],
      ['LKDATA', { netCost: -30n }],
    ]);
    expect(ownRowForecast('VSS', units, own)).toEqual({ netCost: 10n });
  });
});

describe('net-only forecasts up the tree', () => {
  it('sums the nets of gross and net-only children, without costs and revenues', () => {
    const own = new Map<string, Amounts>([
      ['VOE-EKS', gross(60n, 70n)],
      ['VOE-UI', { netCost: 15n }],
    ]);
    expect(forecastOf('VOE', units, own)).toEqual({ netCost: 5n });
  });

  it('keeps a net-only forecast of the unit itself over its children’s gross ones', () => {
    const own = new Map<string, Amounts>([
      ['VOE', { netCost: -3n }],
      ['VOE-EKS', gross(60n, 70n)],
    ]);
    expect(forecastOf('VOE', units, own)).toEqual({ netCost: -3n });
  });
});

describe('checkForecastFigures', () => {
  const figures = (costs: string | null, revenues: string | null, netCost: string | null) => ({
    costs,
    revenues,
    netCost,
  });

  it('takes costs and revenues, or the net cost alone', () => {
    expect(checkForecastFigures(figures('95000', '0', null))).toEqual([]);
    expect(checkForecastFigures(figures(null, null, '-250000.50'))).toEqual([]);
  });

  it('refuses both ways at once, naming the field and the figures', () => {
    expect(checkForecastFigures(figures('95000', '100000', '5000'))).toEqual([
      {
        path: 'netCost',
        message:
          'Nettokostnad helår (5\u00a0000 kr) kan inte lämnas tillsammans med kostnader helår 95\u00a0000 kr ' +
          'och intäkter helår 100\u00a0000 kr: ange antingen kostnader och intäkter eller bara nettokostnaden.',
        value: '5000',
      },
    ]);
  });

  it('refuses a gross forecast with a part missing, and one with nothing', () => {
    expect(checkForecastFigures(figures('95000.5', null, null))).toEqual([
      {
        path: 'revenues',
        message:
          'Intäkter helår saknas: med kostnader helår 95\u00a0000,50 kr behövs också intäkterna (0 om inga), ' +
          'eller lämna bara nettokostnaden.',
      },
    ]);
    expect(checkForecastFigures(figures(null, '1', null))[0]?.path).toBe('costs');
    expect(checkForecastFigures(figures(null, null, null))[0]?.path).toBe('costs');
  });
});
