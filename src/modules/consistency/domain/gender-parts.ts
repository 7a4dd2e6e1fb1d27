/**
 * Rule `gender-parts-sum`: men and women that do not add up to the total, where the measure is additive.
 *
 * Only a count, an amount of money, hours, care days or full-time equivalents adds up; a percentage, an
 * average, an index or an age does not (sick leave 3,82 % is not 2,94 + 4,48). A unit alone does not
 * settle it – "Medarbetare per 1:a linjens chef (antal)" is an average counted in "antal" – so a total
 * that lies between its parts, as an average must, is taken for an average and left alone. What remains
 * is surely a sum, and:
 * - parts that exceed the total cannot be right: `fel`;
 * - parts short of the total can be (cases whose gender is unknown: 90 928 + 111 102 of 283 648 ärenden,
 *   000:218-220), but the reader needs to be told: `varning`.
 * Rounding is allowed as far as the printed figures explain it, and the message says how far; a count
 * printed in whole numbers is exact.
 */
import { absDecimal, compareDecimal, type DecimalString, subtractDecimal } from '#core/decimal.ts';
import { formatDecimal } from '#core/format.ts';
import { parseMeasureUnit } from '#modules/goals/domain/index.ts';
import { decimalsOf, formatFigure, roundingHalfUnit, sumOf } from './figures.ts';
import type { Finding, Place } from './finding.ts';

/** A total with its parts for men and women, as one record states them. */
export interface GenderFigure {
  readonly place: Place;
  readonly provenance: readonly string[];
  /** What the figures count: the indicator's or measure's unit ("antal", "tkr", "%"). */
  readonly unit: string | null;
  readonly total: DecimalString | null;
  readonly men: DecimalString | null;
  readonly women: DecimalString | null;
}

const ADDITIVE_DIMENSIONS: ReadonlySet<string> = new Set(['count', 'money', 'hour']);
/** Units the goals module does not know but that count: vårddygn, årsarbetare (001:2004, 001:1435). */
const ADDITIVE_LABELS: ReadonlySet<string> = new Set(['dygn', 'vårddygn', 'årsarbetare']);

/** True for a unit whose figures add up across people. */
export function isAdditiveUnit(unit: string | null): boolean {
  const parsed = parseMeasureUnit(unit);
  return (
    parsed !== null &&
    (ADDITIVE_DIMENSIONS.has(parsed.dimension) || ADDITIVE_LABELS.has(parsed.label.toLowerCase()))
  );
}

const isNegative = (value: DecimalString) => value.startsWith('-');
const between = (value: DecimalString, a: DecimalString, b: DecimalString) => {
  const [low, high] = compareDecimal(a, b) <= 0 ? [a, b] : [b, a];
  return compareDecimal(value, low) >= 0 && compareDecimal(value, high) <= 0;
};

/** How far the printed figures' rounding can move men + women − total: nothing for whole counts. */
function roundingBound(figure: GenderFigure, values: readonly DecimalString[]): DecimalString {
  const exact =
    parseMeasureUnit(figure.unit)?.dimension === 'count' && values.every((v) => decimalsOf(v) === 0);
  return exact ? '0' : sumOf(values.map(roundingHalfUnit));
}

function check(figure: GenderFigure): Finding | null {
  const { total, men, women, unit } = figure;
  if (total === null || men === null || women === null || !isAdditiveUnit(unit)) {
    return null;
  }
  if ([total, men, women].some(isNegative)) {
    return null;
  }
  const sum = sumOf([men, women]);
  const difference = subtractDecimal(sum, total);
  if (compareDecimal(difference, '0') !== 0 && between(total, men, women)) {
    return null;
  }
  const bound = roundingBound(figure, [total, men, women]);
  if (compareDecimal(absDecimal(difference), bound) <= 0) {
    return null;
  }
  const over = compareDecimal(difference, '0') > 0;
  const rounding =
    compareDecimal(bound, '0') === 0 ? '' : ` (avrundningen förklarar högst ${formatDecimal(bound)})`;
  const sentence =
    `Män och kvinnor summerar till ${formatDecimal(men)} + ${formatDecimal(women)} = ` +
    `${formatFigure(sum, unit)} men totalt anges ${formatFigure(total, unit)}, skillnad ` +
    `${formatDecimal(difference)}${rounding}.`;
  return {
    ruleId: 'gender-parts-sum',
    severity: over ? 'fel' : 'varning',
    message: over
      ? `${sentence} Delarna kan inte tillsammans vara fler än totalen.`
      : `${sentence} Om skillnaden är uppgifter utan känt kön bör dokumentet säga det, t.ex. i en fotnot.`,
    place: figure.place,
    provenance: figure.provenance,
  };
}

export function checkGenderParts(figures: readonly GenderFigure[]): Finding[] {
  return figures.flatMap((figure) => check(figure) ?? []);
}
