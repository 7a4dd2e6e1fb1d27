/**
 * Exact decimal numbers as canonical strings ("-3", "4.4", "96.0").
 *
 * Why not a library: the core must stay free of npm dependencies (it runs in the browser, the server and the
 * CLI alike), and the domain needs only compare, add, subtract, multiply, abs and formatting. Binary floating
 * point is never used: 4,4 against ≥4,5 must be decided on the digits as printed. The canonical form keeps
 * the printed scale ("96.0" stays "96.0"), as PostgreSQL's unconstrained `numeric` does, so a figure comes
 * back exactly as it was entered.
 */

/** A decimal in canonical form: optional "-", digits, optional "." and digits. */
export type DecimalString = string;

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

const CANONICAL = /^-?\d+(\.\d+)?$/;

/** True when the value is a decimal in canonical form. */
export function isDecimal(value: string): boolean {
  return CANONICAL.test(value);
}

function toScaled(value: DecimalString): Scaled {
  if (!CANONICAL.test(value)) {
    throw new Error(`Not a canonical decimal: ${JSON.stringify(value)}`);
  }
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  const [whole = '0', fraction = ''] = digits.split('.');
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

function fromScaled({ units, scale }: Scaled): DecimalString {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  const body = scale > 0 ? `${whole}.${fraction}` : whole;
  return negative && units !== 0n ? `-${body}` : body;
}

function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  const factorA = 10n ** BigInt(scale - a.scale);
  const factorB = 10n ** BigInt(scale - b.scale);
  return [a.units * factorA, b.units * factorB, scale];
}

/** Compares two decimals exactly: -1, 0 or 1. "96" and "96.0" are equal. */
export function compareDecimal(a: DecimalString, b: DecimalString): -1 | 0 | 1 {
  const [x, y] = align(toScaled(a), toScaled(b));
  if (x === y) {
    return 0;
  }
  return x < y ? -1 : 1;
}

/** a + b, at the larger of the two scales. */
export function addDecimal(a: DecimalString, b: DecimalString): DecimalString {
  const [x, y, scale] = align(toScaled(a), toScaled(b));
  return fromScaled({ units: x + y, scale });
}

/** a − b, at the larger of the two scales. */
export function subtractDecimal(a: DecimalString, b: DecimalString): DecimalString {
  const [x, y, scale] = align(toScaled(a), toScaled(b));
  return fromScaled({ units: x - y, scale });
}

/** a × b, exactly (the scales add up). */
export function multiplyDecimal(a: DecimalString, b: DecimalString): DecimalString {
  const x = toScaled(a);
  const y = toScaled(b);
  return fromScaled({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** |a| */
export function absDecimal(a: DecimalString): DecimalString {
  return a.startsWith('-') ? a.slice(1) : a;
}

/**
 * Rounds half away from zero to `scale` digits, the way printed reports round. A negative scale rounds to
 * tens (−1), hundreds (−2) and so on: ("1250", −2) → "1300".
 * Used only for display; comparisons always use the exact value.
 */
export function roundDecimal(a: DecimalString, scale: number): DecimalString {
  const value = toScaled(a);
  if (value.scale <= scale) {
    return fromScaled({ units: value.units * 10n ** BigInt(scale - value.scale), scale });
  }
  const divisor = 10n ** BigInt(value.scale - scale);
  const magnitude = value.units < 0n ? -value.units : value.units;
  let rounded = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) {
    rounded += 1n;
  }
  const units = value.units < 0n ? -rounded : rounded;
  // The canonical form has no negative scale: rounded tens are written out as whole numbers ("20").
  return scale >= 0
    ? fromScaled({ units, scale })
    : fromScaled({ units: units * 10n ** BigInt(-scale), scale: 0 });
}

/**
 * a × 10^n, exactly: the decimal point moves n places ("1.5", 3 → "1500"; "1500", −3 → "1.500"). Digits
 * are neither lost nor invented, so a converted figure compares exactly like the one it came from.
 */
export function scaleByPowerOfTen(a: DecimalString, n: number): DecimalString {
  if (!Number.isSafeInteger(n)) {
    throw new Error(`Not an integer power of ten: ${n}`);
  }
  const value = toScaled(a);
  if (n <= value.scale) {
    return fromScaled({ units: value.units, scale: value.scale - n });
  }
  return fromScaled({ units: value.units * 10n ** BigInt(n - value.scale), scale: 0 });
}

/** Normalises what PostgreSQL or a JSON client sends ("4.40", "-0") into canonical form, keeping the scale. */
export function canonicalDecimal(value: string): DecimalString {
  return fromScaled(toScaled(value.trim()));
}

const SWEDISH_NUMBER = /^([-−–]?)\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?$/;

/**
 * Parses a number as Swedish users and documents write it: "1 234,5", "-0,9", "− 2 356", "4.4".
 * Returns null when the text is not a plain number. Grouping must be by threes, so "1 23" is rejected.
 */
export function parseSwedishDecimal(text: string): DecimalString | null {
  const match = SWEDISH_NUMBER.exec(text.trim());
  if (!match) {
    return null;
  }
  const [, sign, whole = '', fraction] = match;
  const digits = whole.replace(/[ \u00a0\u202f]/g, '');
  const body = fraction === undefined ? digits : `${digits}.${fraction}`;
  return canonicalDecimal(sign ? `-${body}` : body);
}
