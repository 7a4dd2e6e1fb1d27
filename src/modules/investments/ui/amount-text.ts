/**
 * Amounts as a person types and reads them in the page's unit: the API keeps kronor, exact; the page shows
 * and takes tkr (or kr, mnkr), converted by moving the decimal point, never through a float.
 */
import { type DecimalString, parseSwedishDecimal, scaleByPowerOfTen } from '#core/decimal.ts';
import { formatDecimal } from '#core/format.ts';

export type AmountUnit = 'kr' | 'tkr' | 'mnkr';

const EXPONENT: Readonly<Record<AmountUnit, number>> = { kr: 0, tkr: 3, mnkr: 6 };

/** "1.500" → "1.5", "45000.000" → "45000": the figure without the zeros the conversion added. */
function trimmed(value: DecimalString): DecimalString {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** What was typed ("1 500,5" tkr) in kronor for the API ("1500500"); text that is no number goes as typed. */
export function toKronor(text: string, unit: AmountUnit): string {
  const value = parseSwedishDecimal(text);
  return value === null ? text.trim() : trimmed(scaleByPowerOfTen(value, EXPONENT[unit]));
}

/** Kronor in the unit, exact and the Swedish way: "45000000" → "45 000" (tkr). */
export function inUnit(kronor: string, unit: AmountUnit): string {
  return formatDecimal(trimmed(scaleByPowerOfTen(kronor, -EXPONENT[unit])));
}

/** As inUnit, for a field to edit: a plain hyphen for the minus sign. */
export function typedInUnit(kronor: string | null, unit: AmountUnit): string {
  return kronor === null ? '' : inUnit(kronor, unit).replace(/\u2212/g, '-');
}
