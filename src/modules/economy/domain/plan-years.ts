/**
 * Plan years from the budget year (domain.md §3.5): each later year's amount is the year before's, raised
 * by the year's compensation for prices and wages, weighted by the wage share – 2,5 % for prices and 3,0 %
 * for wages with a wage share of 20 % raise by 2,6 % (000:193). Computed exactly on decimals and compounded
 * on the exact amounts; each year is rounded to whole kronor only where it is stored, so rounding never
 * piles up year on year.
 */
import {
  addDecimal,
  type DecimalString,
  multiplyDecimal,
  roundDecimal,
  scaleByPowerOfTen,
  subtractDecimal,
} from '#core/decimal.ts';

export interface Uplift {
  /** Price compensation in per cent, "2.5". */
  readonly pricePercent: DecimalString;
  /** Wage compensation in per cent, "3.0". */
  readonly wagePercent: DecimalString;
  /** The wages' share of the amount, 0–1: "0.2". */
  readonly wageShare: DecimalString;
}

/** The yearly factor: 1 + share × wage % + (1 − share) × price %. */
export function upliftFactor({ pricePercent, wagePercent, wageShare }: Uplift): DecimalString {
  const wage = multiplyDecimal(wageShare, scaleByPowerOfTen(wagePercent, -2));
  const price = multiplyDecimal(subtractDecimal('1', wageShare), scaleByPowerOfTen(pricePercent, -2));
  return addDecimal('1', addDecimal(wage, price));
}

/** The amounts of the `years` years after the budget year, in whole kronor (half away from zero). */
export function planYears(amount: DecimalString, uplift: Uplift, years: number): DecimalString[] {
  const factor = upliftFactor(uplift);
  const result: DecimalString[] = [];
  let exact = amount;
  for (let year = 0; year < years; year += 1) {
    exact = multiplyDecimal(exact, factor);
    result.push(roundDecimal(exact, 0));
  }
  return result;
}
