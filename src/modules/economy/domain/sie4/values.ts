/**
 * The field values of SIE 4: amounts, dates, quantities, integers. Hand-written scanners, no regular
 * expressions and no Number arithmetic on amounts: they run once per transaction row, and an amount must stay
 * exact to the öre however large it is.
 */
import { formatDecimal } from '#core/format.ts';

/**
 * The largest amount taken, in whole kronor digits. SIE sets no upper limit and tells the reading program to
 * guard its own (4B 5.9, 7.5–7.6). Fifteen digits (just under 10^15 kr) is far above any municipal amount yet
 * keeps every öre value, and sums of many of them, well inside PostgreSQL's bigint (9.2 × 10^18).
 */
export const MAX_AMOUNT_DIGITS = 15;

export type AmountResult = bigint | 'invalid' | 'too-large';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True when the text is one or more ASCII digits. */
export function isDigits(text: string): boolean {
  if (text.length === 0) {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

/**
 * An amount in öre. SIE 4B 5.9: a point as decimal separator, at most two decimals, an optional leading minus
 * and never a plus; "100" is allowed when there are no öre. So "-1234.5" is -123450n and "1,5", "1.234",
 * "1e3", "+1", "1." and "" are refused.
 */
export function parseAmountOre(text: string): AmountResult {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const wholeStart = i;
  while (i < length && isDigit(text.charCodeAt(i))) {
    i++;
  }
  const wholeDigits = i - wholeStart;
  if (wholeDigits === 0) {
    return 'invalid';
  }
  let fraction = '00';
  if (i < length) {
    if (text.charCodeAt(i) !== 46) {
      return 'invalid';
    }
    const fractionStart = i + 1;
    i = fractionStart;
    while (i < length && isDigit(text.charCodeAt(i))) {
      i++;
    }
    const fractionDigits = i - fractionStart;
    if (i !== length || fractionDigits === 0 || fractionDigits > 2) {
      return 'invalid';
    }
    fraction = fractionDigits === 1 ? `${text[fractionStart]}0` : text.slice(fractionStart, length);
  }
  if (wholeDigits > MAX_AMOUNT_DIGITS) {
    return 'too-large';
  }
  const ore = BigInt(text.slice(wholeStart, wholeStart + wholeDigits) + fraction);
  return wholeStart === 1 ? -ore : ore;
}

/** A quantity (kvantitet): an exact decimal with any number of decimals, optional minus, no plus. */
export function isQuantity(text: string): boolean {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const wholeStart = i;
  while (i < length && isDigit(text.charCodeAt(i))) {
    i++;
  }
  if (i === wholeStart) {
    return false;
  }
  if (i === length) {
    return true;
  }
  if (text.charCodeAt(i) !== 46) {
    return false;
  }
  const fractionStart = ++i;
  while (i < length && isDigit(text.charCodeAt(i))) {
    i++;
  }
  return i === length && i > fractionStart;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by the ASCII digits text[from..to). */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    value = value * 10 + text.charCodeAt(i) - 48;
  }
  return value;
}

/** A date ÅÅÅÅMMDD (SIE 4B 5.10) that exists in the Gregorian calendar, as ISO "ÅÅÅÅ-MM-DD"; else null. */
export function parseSieDate(text: string): string | null {
  if (text.length !== 8 || !isDigits(text)) {
    return null;
  }
  const year = digitsValue(text, 0, 4);
  const month = digitsValue(text, 4, 6);
  const day = digitsValue(text, 6, 8);
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** A whole number with an optional minus (year index, dimension number), within safe integer range. */
export function parseSmallInteger(text: string): number | null {
  const negative = text.charCodeAt(0) === 45;
  const digits = negative ? text.slice(1) : text;
  if (!isDigits(digits) || digits.length > 9) {
    return null;
  }
  const value = Number(digits);
  return negative ? -value : value;
}

/** Öre as an exact decimal string: -123450n → "-1234.50". */
export function oreToDecimal(ore: bigint): string {
  const negative = ore < 0n;
  const digits = (negative ? -ore : ore).toString().padStart(3, '0');
  const body = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return negative ? `-${body}` : body;
}

/** Öre in Swedish writing for messages: 10000n → "100,00 kr", -123450n → "−1 234,50 kr". */
export function formatKronor(ore: bigint): string {
  return `${formatDecimal(oreToDecimal(ore))} kr`;
}
