/**
 * Figures as the findings' messages print them: Swedish number format (core/format.ts), a unit where it
 * tells the reader something, amounts in tkr as the budget documents print them, and whether two printed
 * figures differ by more than their printing explains.
 */
import {
  addDecimal,
  compareDecimal,
  type DecimalString,
  roundDecimal,
  scaleByPowerOfTen,
} from '#core/decimal.ts';
import { formatDecimal } from '#core/format.ts';
import { isKnownUnit, parseMeasureUnit } from '#modules/goals/domain/index.ts';

/** How many decimals a figure was printed with: "3,94" has 2, "100" none. */
export function decimalsOf(value: DecimalString): number {
  return value.split('.')[1]?.length ?? 0;
}

/** Half a unit of the figure's last printed decimal: how far rounding can have moved it. */
export function roundingHalfUnit(value: DecimalString): DecimalString {
  const decimals = decimalsOf(value);
  return decimals === 0 ? '0.5' : `0.${'0'.repeat(decimals)}5`;
}

/**
 * A unit worth printing after a figure: "%" and "tkr" are, "antal" says nothing a number does not, a
 * rating scale ("0-5") or an index is clearer without.
 */
function printedUnit(unit: string | null): string | null {
  const parsed = parseMeasureUnit(unit);
  if (parsed === null || parsed.dimension === 'count' || parsed.dimension === 'index') {
    return null;
  }
  if (parsed.dimension.startsWith('scale:')) {
    return null;
  }
  return isKnownUnit(parsed) ? parsed.label : (unit?.trim() ?? null);
}

/** Between a figure and its unit, so that a line never breaks between them. */
const NO_BREAK_SPACE = '\u00a0';

/** "3,5 %", "90 928", "161 årsarbetare". */
export function formatFigure(value: DecimalString, unit: string | null = null): string {
  const label = printedUnit(unit);
  return label === null ? formatDecimal(value) : `${formatDecimal(value)}${NO_BREAK_SPACE}${label}`;
}

/** The sum of the figures, exactly. */
export function sumOf(values: readonly DecimalString[]): DecimalString {
  return values.reduce((sum, value) => addDecimal(sum, value), '0');
}

/**
 * True when two printings of one figure agree: exactly, or once the more precise is rounded to the other's
 * decimals ("7,6" printed "8"; "100,0" and "100"). Only a difference rounding cannot explain is one.
 */
export function samePrintedFigure(a: DecimalString, b: DecimalString): boolean {
  const [precise, coarse] = decimalsOf(a) >= decimalsOf(b) ? [a, b] : [b, a];
  return compareDecimal(roundDecimal(precise, decimalsOf(coarse)), coarse) === 0;
}

/** Drops trailing zeros of the fraction: "463475.00000" → "463475", "0.40000" → "0.4". */
function trimmed(value: DecimalString): DecimalString {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** Kronor as tkr, the budget documents' unit, keeping any part of a thousand: "463 475 tkr", "0,4 tkr". */
export function formatTkr(kronor: DecimalString): string {
  return `${formatDecimal(trimmed(scaleByPowerOfTen(kronor, -3)))}${NO_BREAK_SPACE}tkr`;
}
