/**
 * Targets (målvärden) as the seed documents write them, and what each notation means.
 *
 * A target is stored as the text the board decided ("≥4,5", "Färre än 700", "Max 900 kr.", "Öka",
 * "Budget i balans") and interpreted by `parseTarget` whenever it is needed, so the printed form is never
 * lost and a better parser later reinterprets old data. Notations are listed in domain.md §2.3.
 */
import { type DecimalString, parseSwedishDecimal } from '#core/decimal.ts';
import { formatDecimal } from '#core/format.ts';
import { isKnownUnit, parseMeasureUnit } from './unit.ts';

/** Which way is better for an indicator ("önskvärd riktning"). */
export const DESIRED_DIRECTIONS = ['increase', 'decrease', 'none'] as const;
export type DesiredDirection = (typeof DESIRED_DIRECTIONS)[number];

/** The closed set of comparisons; '±' is a band around zero ("≤±5": from −5 to 5). */
export const COMPARISON_OPERATORS = ['>=', '>', '<=', '<', '=', '±'] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export type TargetRule =
  /** "-" or empty: no target decided (001:656). */
  | { readonly kind: 'none' }
  /** "≥4,5", "Färre än 700", "Max 900 kr.", "≤±5", "= 100". */
  | {
      readonly kind: 'comparison';
      readonly operator: ComparisonOperator;
      readonly value: DecimalString;
      readonly unit: string | null;
    }
  /** A bare value ("3,5", "100", "0"): met in the indicator's desired direction, or exactly without one. */
  | { readonly kind: 'value'; readonly value: DecimalString; readonly unit: string | null }
  /** "Öka", "Minska", "Minska med 10%": compared with the previous year's outcome. */
  | {
      readonly kind: 'direction';
      readonly direction: 'increase' | 'decrease';
      readonly percent: DecimalString | null;
    }
  /** Anything else ("Budget i balans", "90% inom 120 sekunder"): kept, shown, never computed. */
  | { readonly kind: 'text' };

const OPERATOR_SYMBOLS: ReadonlyArray<readonly [string, ComparisonOperator]> = [
  ['≤±', '±'],
  ['<=±', '±'],
  ['+/-', '±'],
  ['±', '±'],
  ['>=', '>='],
  ['=>', '>='],
  ['≥', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

const OPERATOR_WORDS: ReadonlyArray<readonly [string, ComparisonOperator]> = [
  ['minst', '>='],
  ['lägst', '>='],
  ['lägsta', '>='],
  ['högst', '<='],
  ['max', '<='],
  ['maximalt', '<='],
  ['större än', '>'],
  ['fler än', '>'],
  ['mer än', '>'],
  ['över', '>'],
  ['mindre än', '<'],
  ['färre än', '<'],
  ['lägre än', '<'],
  ['under', '<'],
  ['exakt', '='],
];

const INCREASE_WORDS = ['öka', 'ökar', 'ökning', 'höja', 'höjas', 'ska öka'];
const DECREASE_WORDS = ['minska', 'minskar', 'minskning', 'sänka', 'sänkas', 'ska minska'];

function normalise(raw: string): string {
  return raw
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits "900 kr." or "2 miljoner kronor" into a number and a unit known to unit.ts (stored by its short
 * label), or null when the rest is not a plain quantity: "90% inom 120 sekunder" stays free text.
 */
function parseQuantity(text: string): { value: DecimalString; unit: string | null } | null {
  const trimmed = text.trim().replace(/\.$/, '').trim();
  const match = /^([-−–]?\s*[\d \u00a0\u202f]+(?:[,.]\d+)?)\s*(.+)?$/.exec(trimmed);
  if (!match) {
    return null;
  }
  const value = parseSwedishDecimal(match[1] ?? '');
  if (value === null) {
    return null;
  }
  if (match[2] === undefined) {
    return { value, unit: null };
  }
  const unit = parseMeasureUnit(match[2]);
  return unit !== null && isKnownUnit(unit) ? { value, unit: unit.label } : null;
}

function parseOperator(text: string): { operator: ComparisonOperator; rest: string } | null {
  for (const [symbol, operator] of OPERATOR_SYMBOLS) {
    if (text.startsWith(symbol)) {
      const rest = text.slice(symbol.length).trimStart();
      // "≤ ±5" is the same band as "≤±5".
      if (operator === '<=' && rest.startsWith('±')) {
        return { operator: '±', rest: rest.slice(1) };
      }
      return { operator, rest };
    }
  }
  const lower = text.toLowerCase();
  for (const [word, operator] of OPERATOR_WORDS) {
    if (lower.startsWith(`${word} `)) {
      return { operator, rest: text.slice(word.length + 1) };
    }
  }
  return null;
}

function parseDirection(text: string): TargetRule | null {
  const lower = text.toLowerCase().replace(/\.$/, '');
  const withPercent = /^(\S+(?: \S+)?) med (.+?)\s*(%|procent)$/.exec(lower);
  const word = withPercent ? (withPercent[1] ?? '') : lower;
  const direction = INCREASE_WORDS.includes(word)
    ? 'increase'
    : DECREASE_WORDS.includes(word)
      ? 'decrease'
      : null;
  if (direction === null) {
    return null;
  }
  if (!withPercent) {
    return { kind: 'direction', direction, percent: null };
  }
  const percent = parseSwedishDecimal(withPercent[2] ?? '');
  return percent === null ? null : { kind: 'direction', direction, percent };
}

/** Interprets a target as written. Never fails: what it cannot read becomes free text. */
export function parseTarget(raw: string): TargetRule {
  const text = normalise(raw);
  if (text === '' || text === '-' || text === '–' || text === '—') {
    return { kind: 'none' };
  }
  const operator = parseOperator(text);
  if (operator) {
    const quantity = parseQuantity(operator.rest);
    if (quantity && !(operator.operator === '±' && quantity.value.startsWith('-'))) {
      return { kind: 'comparison', operator: operator.operator, ...quantity };
    }
    return { kind: 'text' };
  }
  const quantity = parseQuantity(text);
  if (quantity) {
    return { kind: 'value', ...quantity };
  }
  return parseDirection(text) ?? { kind: 'text' };
}

/** How each operator is written; a Record so a new operator cannot be left without a notation. */
const OPERATOR_NOTATION: Readonly<Record<ComparisonOperator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
  '±': '≤±',
};

function comparisonPhrase(operator: ComparisonOperator, value: string): string {
  switch (operator) {
    case '>=':
      return `Minst ${value}`;
    case '>':
      return `Mer än ${value}`;
    case '<=':
      return `Högst ${value}`;
    case '<':
      return `Mindre än ${value}`;
    case '=':
      return `Exakt ${value}`;
    case '±':
      return `Inom ±${value} (avvikelse åt båda hållen)`;
    default: {
      // A new operator that is not handled above makes this assignment a type error.
      const unhandled: never = operator;
      throw new Error(`Unknown comparison operator: ${String(unhandled)}`);
    }
  }
}

function withUnit(value: DecimalString, unit: string | null): string {
  const number = formatDecimal(value);
  if (unit === null) {
    return number;
  }
  return unit === '%' ? `${number} %` : `${number} ${unit}`;
}

/** The canonical notation for a rule, used when a target is entered in structured form. */
export function formatTargetNotation(rule: TargetRule): string {
  switch (rule.kind) {
    case 'none':
      return '-';
    case 'text':
      return '';
    case 'value':
      return withUnit(rule.value, rule.unit);
    case 'direction': {
      const word = rule.direction === 'increase' ? 'Öka' : 'Minska';
      return rule.percent === null ? word : `${word} med ${formatDecimal(rule.percent)} %`;
    }
    case 'comparison':
      return `${OPERATOR_NOTATION[rule.operator]}${withUnit(rule.value, rule.unit)}`;
  }
}

/** A Swedish sentence saying how the target is read, shown next to the target when it is edited. */
export function describeTarget(rule: TargetRule, direction: DesiredDirection): string {
  switch (rule.kind) {
    case 'none':
      return 'Inget målvärde.';
    case 'text':
      return 'Fritext – status kan inte beräknas automatiskt.';
    case 'direction': {
      const verb = rule.direction === 'increase' ? 'Öka' : 'Minska';
      const by = rule.percent === null ? '' : ` med minst ${formatDecimal(rule.percent)} %`;
      return `${verb}${by} jämfört med föregående års utfall.`;
    }
    case 'value': {
      const value = withUnit(rule.value, rule.unit);
      if (direction === 'increase') {
        return `Minst ${value} (önskvärd riktning: öka).`;
      }
      if (direction === 'decrease') {
        return `Högst ${value} (önskvärd riktning: minska).`;
      }
      return `Exakt ${value}.`;
    }
    case 'comparison':
      return `${comparisonPhrase(rule.operator, withUnit(rule.value, rule.unit))}.`;
  }
}
