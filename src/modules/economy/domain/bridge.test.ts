import { describe, expect, it } from 'vitest';
import { bridge } from './bridge.ts';

const tkr = (amount: number) => BigInt(amount) * 100_000n;

describe('bridge', () => {
  it('reconciles Kommunledning: 170 679 − 1 200 − 5 824 − 7 720 + 900 + 4 129 = 160 964 (001:805-810)', () => {
    const result = bridge(tkr(170_679), tkr(160_964), [
      { category: 'costReduction', amountOre: tkr(-1_200) },
      { category: 'budgetAdjustment', amountOre: tkr(-5_824) },
      { category: 'technical', amountOre: tkr(-7_720) },
      { category: 'reallocation', amountOre: tkr(900) },
      { category: 'priceAndWage', amountOre: tkr(4_129) },
    ]);
    expect(result.unexplainedOre).toBe(0n);
    expect(result.byCategory.technical).toBe(tkr(-7_720));
  });

  it('says by how much a bridge does not reconcile', () => {
    expect(
      bridge(tkr(100), tkr(120), [{ category: 'priceAndWage', amountOre: tkr(15) }]).unexplainedOre,
    ).toBe(tkr(5));
  });
});
