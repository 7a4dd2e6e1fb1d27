import { describe, expect, it } from 'vitest';
import { adjustFrame, checkFrame } from './frames.ts';

const tkr = (amount: number) => BigInt(amount) * 100_000n;

/** Kommunstyrelsen's frame 2020 and its adjustments (001:15-25, 572-578). */
const adjustments = [
  { fromUnitId: 'BUN', toUnitId: 'KS', amountOre: tkr(1_000), fromYear: 2020, reason: 'Statistiktjänster' },
  { fromUnitId: 'BIN', toUnitId: 'KS', amountOre: tkr(200), fromYear: 2020, reason: 'Statistiktjänster' },
  { fromUnitId: 'KF', toUnitId: 'KS', amountOre: tkr(900), fromYear: 2020, reason: 'Representation' },
  { fromUnitId: 'KS', toUnitId: 'KFN', amountOre: tkr(3_000), fromYear: 2020, reason: 'Elitstöd' },
  {
    fromUnitId: 'KS',
    toUnitId: 'KFN',
    amountOre: tkr(2_200),
    fromYear: 2020,
    reason: 'Hyresavtal SAAB arena',
  },
  { fromUnitId: 'KS', toUnitId: 'KFN', amountOre: tkr(1), fromYear: 2021, reason: 'Från 2021' },
];

describe('adjustFrame', () => {
  it('gives KS 460 375 tkr after its adjustments: 463 475 + 1 000 + 200 + 900 − 3 000 − 2 200 (001:572-578)', () => {
    const adjusted = adjustFrame('KS', 2020, tkr(463_475), adjustments);
    expect(adjusted.adjustedOre).toBe(tkr(460_375));
    expect(adjusted.adjustments.map((adjustment) => adjustment.amountOre)).toEqual([
      tkr(1_000),
      tkr(200),
      tkr(900),
      tkr(-3_000),
      tkr(-2_200),
    ]);
  });

  it('counts an adjustment from its first year on, and on both sides', () => {
    expect(adjustFrame('KS', 2021, tkr(100), adjustments).adjustedOre).toBe(tkr(100 + 2_100 - 5_201));
    expect(adjustFrame('KFN', 2020, 0n, adjustments).adjustedOre).toBe(tkr(5_200));
  });
});

describe('checkFrame', () => {
  it('finds a budget within its frame, over it, or missing', () => {
    expect(checkFrame('frame', tkr(460_375), { costs: tkr(544_363), revenues: tkr(83_988) })).toEqual({
      status: 'within',
      budgetNetCostOre: tkr(460_375),
      differenceOre: 0n,
    });
    expect(checkFrame('frame', tkr(100), { costs: tkr(150), revenues: tkr(40) }).status).toBe('over');
    expect(checkFrame('frame', tkr(100), null).status).toBe('noBudget');
  });

  it('wants a zero net of a unit funded by internal prices (000:190, 326)', () => {
    expect(checkFrame('selfCost', 0n, { costs: tkr(620_173), revenues: tkr(620_173) }).status).toBe(
      'balanced',
    );
    expect(checkFrame('selfCost', 0n, { costs: tkr(10), revenues: tkr(9) })).toEqual({
      status: 'unbalanced',
      budgetNetCostOre: tkr(1),
      differenceOre: tkr(-1),
    });
  });
});
