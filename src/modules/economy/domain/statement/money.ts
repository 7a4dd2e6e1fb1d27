/**
 * Amounts of an operating statement, exact to the öre, and how they are printed.
 *
 * Canonical form: an amount is a `bigint` count of öre; never a float, so a total is exactly the sum of its
 * rows and rounding happens once, when a figure is printed.
 *
 * Canonical sign: a row's costs and revenues are stored as positive magnitudes, `{ costs, revenues }`, per
 * row and column. The ledger's own signs (costs debit, positive; revenues credit, negative) are converted
 * where the ledger is read, not here; the net's sign is a matter of the table's sign convention
 * (conventions.ts), decided when the table is built. A negative magnitude is allowed (a correction that
 * turns a row's revenues negative) and is carried through unchanged.
 *
 * Display: a figure is printed in kr, tkr or mnkr with a fixed number of decimals, rounded half away from
 * zero (−2,5 tkr prints as −3, 2,5 as 3), as printed reports round and as core/decimal.ts's roundDecimal
 * does; then formatted by core/format.ts (no-break space between thousands, decimal comma, "−").
 */
import { type DecimalString, scaleByPowerOfTen } from '#core/decimal.ts';
import { formatDecimal } from '#core/format.ts';

/** A count of öre (1 kr = 100 öre). */
export type Ore = bigint;

/** Costs and revenues of one row in one column, both as positive magnitudes in öre. */
export interface GrossAmounts {
  readonly costs: Ore;
  readonly revenues: Ore;
}

/**
 * A figure known only as its net: costs − revenues in öre (a net cost; negative is a surplus), its costs and
 * revenues unknown. A unit may forecast its year this way (issue 6 item 5), and a sum of parts of which one
 * is net-only is net-only too: its costs and revenues are known only when every part's are.
 */
export interface NetOnlyAmounts {
  readonly netCost: Ore;
}

/** What a statement cell can add up: costs and revenues, or the net alone. */
export type Amounts = GrossAmounts | NetOnlyAmounts;

/** Whether the costs and revenues are known, not only the net. */
export function hasGross(amounts: Amounts): amounts is GrossAmounts {
  return 'costs' in amounts;
}

/** Costs − revenues, whichever way the amounts were given. */
export function netCostOf(amounts: Amounts): Ore {
  return hasGross(amounts) ? amounts.costs - amounts.revenues : amounts.netCost;
}

/** The sum of two figures: costs and revenues when both have them, else the net alone. */
export function addAmounts(a: Amounts, b: Amounts): Amounts {
  if (hasGross(a) && hasGross(b)) {
    return { costs: a.costs + b.costs, revenues: a.revenues + b.revenues };
  }
  return { netCost: netCostOf(a) + netCostOf(b) };
}

/** The first figure less the second: costs and revenues when both have them, else the net alone. */
export function subtractAmounts(a: Amounts, b: Amounts): Amounts {
  if (hasGross(a) && hasGross(b)) {
    return { costs: a.costs - b.costs, revenues: a.revenues - b.revenues };
  }
  return { netCost: netCostOf(a) - netCostOf(b) };
}

export type DisplayUnit = 'kr' | 'tkr' | 'mnkr';

export const DISPLAY_UNITS: readonly DisplayUnit[] = ['kr', 'tkr', 'mnkr'];

/** Powers of ten from öre to the unit: 1 kr = 10² öre, 1 tkr = 10⁵ öre, 1 mnkr = 10⁸ öre. */
const UNIT_EXPONENT: Readonly<Record<DisplayUnit, number>> = { kr: 2, tkr: 5, mnkr: 8 };

/**
 * Decimals printed when a table does not say: whole kr and tkr, as the seed documents print them; one
 * decimal for mnkr, since whole mnkr would hide most of a unit's result ("10,1 mnkr", 002:171-183).
 */
export const DEFAULT_DECIMALS: Readonly<Record<DisplayUnit, number>> = { kr: 0, tkr: 0, mnkr: 1 };

/** The decimals a unit can show without inventing digits finer than the öre. */
export function checkDecimals(unit: DisplayUnit, decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > UNIT_EXPONENT[unit]) {
    throw new RangeError(`${unit} can be printed with 0–${UNIT_EXPONENT[unit]} decimals, not ${decimals}`);
  }
}

/** numerator ÷ divisor, rounded half away from zero, for any signs (divisor ≠ 0). */
export function divideRounded(numerator: bigint, divisor: bigint): bigint {
  if (divisor === 0n) {
    throw new RangeError('Division by zero');
  }
  const negative = numerator < 0n !== divisor < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = divisor < 0n ? -divisor : divisor;
  const quotient = n / d + ((n % d) * 2n >= d ? 1n : 0n);
  return negative ? -quotient : quotient;
}

/**
 * The printed figure as a count of its smallest printed step: 123 456 789 öre in tkr with 0 decimals is
 * 1 235 (tkr); with 1 decimal 12 346 (tenths of a tkr). Sums of printed figures are sums of these.
 */
export function roundOre(ore: Ore, unit: DisplayUnit, decimals = DEFAULT_DECIMALS[unit]): bigint {
  checkDecimals(unit, decimals);
  return divideRounded(ore, 10n ** BigInt(UNIT_EXPONENT[unit] - decimals));
}

/** A count of printed steps as an exact decimal in the unit: (12 346, 1) → "1234.6". */
export function stepsToDecimal(steps: bigint, decimals: number): DecimalString {
  return scaleByPowerOfTen(steps.toString(), -decimals);
}

/** An amount rounded to the unit, as an exact decimal: 123 456 789 öre → "1235" (tkr). */
export function roundOreToDecimal(
  ore: Ore,
  unit: DisplayUnit,
  decimals = DEFAULT_DECIMALS[unit],
): DecimalString {
  return stepsToDecimal(roundOre(ore, unit, decimals), decimals);
}

/** A count of printed steps the Swedish way: (−2 356, 0) → "−2 356". */
export function formatSteps(steps: bigint, decimals: number): string {
  return formatDecimal(stepsToDecimal(steps, decimals));
}

/** An amount rounded to the unit and formatted, without the unit: "−2 356". */
export function formatOre(ore: Ore, unit: DisplayUnit, decimals = DEFAULT_DECIMALS[unit]): string {
  return formatSteps(roundOre(ore, unit, decimals), decimals);
}

/** An amount rounded, formatted and followed by its unit, for running text: "−2 356 tkr". */
export function formatOreWithUnit(ore: Ore, unit: DisplayUnit, decimals = DEFAULT_DECIMALS[unit]): string {
  return `${formatOre(ore, unit, decimals)}\u00a0${unit}`;
}
