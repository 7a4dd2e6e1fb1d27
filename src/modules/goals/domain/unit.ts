/**
 * Units of measure for indicators and targets ("tkr", "%", "andel", "(0-5)"), so an outcome and a target
 * written in different but convertible units can still be compared: 1 500 tkr meets "Max 2 mnkr", and an
 * outcome 0,93 in "andel" meets "≥ 90 %" (domain.md §2.3, "Units and scales").
 *
 * A unit is a dimension plus a power of ten. Only powers of ten are modelled because every conversion the
 * seed documents need is one (kr/tkr/mnkr/mdkr, %/andel, g/kg), and a power of ten keeps conversion exact:
 * the decimal point moves, no digit is rounded.
 */
import { type DecimalString, scaleByPowerOfTen } from '#core/decimal.ts';

/**
 * What a unit measures: 'money', 'share', 'percentagePoints', 'count', 'mass', 'year', 'day', 'hour',
 * 'second', 'index', 'scale:0-5' for a rating scale, or 'other:<normalised label>' for a unit not known
 * here, which is then comparable only with the same label.
 */
export type Dimension = string;

export interface MeasureUnit {
  /** The unit as shown: the usual short form for a known unit ("mnkr" for "mkr"), else the text as written. */
  readonly label: string;
  readonly dimension: Dimension;
  /** A value in this unit is value × 10^exponent in the dimension's base unit. */
  readonly exponent: number;
}

type KnownUnit = readonly [label: string, dimension: Dimension, exponent: number];

const MONEY: KnownUnit = ['kr', 'money', 0];
const THOUSANDS: KnownUnit = ['tkr', 'money', 3];
const MILLIONS: KnownUnit = ['mnkr', 'money', 6];
const BILLIONS: KnownUnit = ['mdkr', 'money', 9];
const PERCENT: KnownUnit = ['%', 'share', -2];
const POINTS: KnownUnit = ['%-enheter', 'percentagePoints', 0];
const PIECES: KnownUnit = ['st', 'count', 0];
const GRAM: KnownUnit = ['gram', 'mass', 0];
const YEARS: KnownUnit = ['år', 'year', 0];
const DAYS: KnownUnit = ['dagar', 'day', 0];
const HOURS: KnownUnit = ['timmar', 'hour', 0];
const SECONDS: KnownUnit = ['sekunder', 'second', 0];

/** Spellings as the documents and users write them, lowercased, with the unit each one means. */
const KNOWN_UNITS = new Map<string, KnownUnit>([
  ['kr', MONEY],
  ['kronor', MONEY],
  ['tkr', THOUSANDS],
  ['tusen kronor', THOUSANDS],
  ['mnkr', MILLIONS],
  ['mkr', MILLIONS],
  ['miljoner kronor', MILLIONS],
  ['mdkr', BILLIONS],
  ['miljarder kronor', BILLIONS],
  ['%', PERCENT],
  ['procent', PERCENT],
  ['andel', ['andel', 'share', 0]],
  ['%-enheter', POINTS],
  ['procentenheter', POINTS],
  ['antal', ['antal', 'count', 0]],
  ['st', PIECES],
  ['stycken', PIECES],
  ['gram', GRAM],
  ['g', GRAM],
  ['kg', ['kg', 'mass', 3]],
  ['år', YEARS],
  ['dagar', DAYS],
  ['dag', DAYS],
  ['timmar', HOURS],
  ['timme', HOURS],
  ['sekunder', SECONDS],
  ['sekund', SECONDS],
  ['index', ['index', 'index', 0]],
]);

/** "0-5", "0–10", "1 - 5": a rating scale, comparable only with the same scale. */
const SCALE = /^(\d+)\s*[-–—]\s*(\d+)$/;

/** Trims, collapses spaces, and drops a trailing "." ("kr.") and parentheses around the whole ("(%)"). */
function cleanLabel(text: string): string {
  let label = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const enclosed = /^\(([^()]*)\)$/.exec(label);
  if (enclosed) {
    label = (enclosed[1] ?? '').trim();
  }
  return label.replace(/\.$/, '').trim();
}

/** Reads a unit as written; null when there is none. Never fails: an unknown unit is its own dimension. */
export function parseMeasureUnit(text: string | null | undefined): MeasureUnit | null {
  const label = cleanLabel(text ?? '');
  if (label === '') {
    return null;
  }
  const key = label.toLowerCase();
  const known = KNOWN_UNITS.get(key);
  if (known) {
    const [canonical, dimension, exponent] = known;
    return { label: canonical, dimension, exponent };
  }
  const scale = SCALE.exec(key);
  if (scale) {
    const range = `${scale[1]}-${scale[2]}`;
    return { label: range, dimension: `scale:${range}`, exponent: 0 };
  }
  return { label, dimension: `other:${key}`, exponent: 0 };
}

/** True when the unit is one this module knows, rather than a label it can only repeat. */
export function isKnownUnit(unit: MeasureUnit): boolean {
  return !unit.dimension.startsWith('other:');
}

/** value in `from` expressed in `to`, exactly; null when the two measure different things. */
export function convertQuantity(
  value: DecimalString,
  from: MeasureUnit,
  to: MeasureUnit,
): DecimalString | null {
  if (from.dimension !== to.dimension) {
    return null;
  }
  return scaleByPowerOfTen(value, from.exponent - to.exponent);
}
