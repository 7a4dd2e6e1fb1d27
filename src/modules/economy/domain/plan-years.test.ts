import { describe, expect, it } from 'vitest';
import { compareDecimal } from '#core/decimal.ts';
import { planYears, upliftFactor } from './plan-years.ts';

describe('plan years', () => {
  it('raises VSS’s costs 2,5 % a year: 620 173 → 635 677 → 651 569 → 667 858 → 684 555 → 701 669 tkr (000:318-319)', () => {
    const uplift = { pricePercent: '2.5', wagePercent: '2.5', wageShare: '0' };
    expect(planYears('620173', uplift, 5)).toEqual(['635677', '651569', '667858', '684555', '701669']);
    expect(planYears('235000', uplift, 5)).toEqual(['240875', '246897', '253069', '259396', '265881']);
  });

  it('weighs wages and prices by the wage share: 2,5 % and 3,0 % with 20 % wages give 2,6 % (000:193)', () => {
    expect(
      compareDecimal(upliftFactor({ pricePercent: '2.5', wagePercent: '3.0', wageShare: '0.2' }), '1.026'),
    ).toBe(0);
  });

  it('rounds each year to whole kronor from the exact amount, halves away from zero, also for revenues', () => {
    const uplift = { pricePercent: '50', wagePercent: '0', wageShare: '0' };
    expect(planYears('-1', uplift, 3)).toEqual(['-2', '-2', '-3']);
  });
});
