import { describe, expect, it } from 'vitest';
import { roundDecimal, scaleByPowerOfTen } from '#core/decimal.ts';
import { divideRounded, formatOre, formatOreWithUnit, roundOre, roundOreToDecimal } from './money.ts';

const MINUS = '\u2212';
const NBSP = '\u00a0';

describe('roundOre', () => {
  it('rounds half away from zero in kr, tkr and mnkr, negative halves included', () => {
    expect(roundOre(250n, 'kr')).toBe(3n);
    expect(roundOre(-250n, 'kr')).toBe(-3n);
    expect(roundOre(-249n, 'kr')).toBe(-2n);
    expect(roundOre(250_000n, 'tkr')).toBe(3n);
    expect(roundOre(-250_000n, 'tkr')).toBe(-3n);
    expect(roundOre(-249_999n, 'tkr')).toBe(-2n);
    expect(roundOre(-50_000n, 'tkr')).toBe(-1n);
    expect(roundOre(-250_000_000n, 'mnkr', 0)).toBe(-3n);
    expect(roundOre(-25_000_000n, 'mnkr', 1)).toBe(-3n);
    expect(roundOre(-25_000_000n, 'mnkr')).toBe(-3n);
  });

  it('prints a small negative amount as 0, never as −0', () => {
    expect(roundOre(-49_999n, 'tkr')).toBe(0n);
    expect(formatOre(-49_999n, 'tkr')).toBe('0');
  });

  it('agrees with the core decimal rounding on every half and near-half', () => {
    for (const ore of [-250_001n, -250_000n, -249_999n, 0n, 149_999n, 150_000n, 12_345_678_901n]) {
      const exact = scaleByPowerOfTen(ore.toString(), -5);
      expect(roundOreToDecimal(ore, 'tkr')).toBe(roundDecimal(exact, 0));
      expect(roundOreToDecimal(ore, 'tkr', 2)).toBe(roundDecimal(exact, 2));
    }
  });

  it('refuses decimals finer than the öre or fractional', () => {
    expect(() => roundOre(1n, 'kr', 3)).toThrow(RangeError);
    expect(() => roundOre(1n, 'tkr', -1)).toThrow(RangeError);
    expect(() => roundOre(1n, 'tkr', 0.5)).toThrow(RangeError);
  });
});

describe('divideRounded', () => {
  it('rounds half away from zero whatever the signs', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(5n, -2n)).toBe(-3n);
    expect(divideRounded(-5n, -2n)).toBe(3n);
    expect(divideRounded(7n, 3n)).toBe(2n);
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });
});

describe('formatOre', () => {
  it('formats as core/format.ts does: no-break space, decimal comma, typographic minus', () => {
    expect(formatOre(-235_600_000n, 'tkr')).toBe(`${MINUS}2${NBSP}356`);
    expect(formatOre(25_406_700_000n, 'tkr')).toBe(`254${NBSP}067`);
    expect(formatOre(123_456_789n, 'kr')).toBe(`1${NBSP}234${NBSP}568`);
    expect(formatOre(1_010_000_000n, 'mnkr')).toBe('10,1');
    expect(formatOre(0n, 'tkr')).toBe('0');
    expect(formatOreWithUnit(-235_600_000n, 'tkr')).toBe(`${MINUS}2${NBSP}356${NBSP}tkr`);
  });
});
