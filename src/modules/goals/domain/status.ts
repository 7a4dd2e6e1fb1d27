/**
 * The status of an outcome against its target: one pure function for every notation, direction, unit and
 * precision. Outcomes are compared exactly as recorded (4,4 against ≥4,5 is not met; 4,49 is not rounded up
 * to 4,5), and a band "≤±5" is met by any value from −5 to 5 (domain.md §2.3). A target and an outcome in
 * convertible units are compared after exact conversion (1 500 tkr meets "Max 2 mnkr"); units that cannot
 * be converted are reported rather than compared as bare numbers.
 */
import {
  absDecimal,
  addDecimal,
  compareDecimal,
  type DecimalString,
  multiplyDecimal,
  subtractDecimal,
} from '#core/decimal.ts';
import type { ComparisonOperator, DesiredDirection, TargetRule } from './target.ts';
import { convertQuantity, parseMeasureUnit } from './unit.ts';

export const INDICATOR_STATUSES = [
  'met',
  'notMet',
  'noTarget',
  'noData',
  'notApplicable',
  'notComputable',
] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/**
 * An outcome value: a number, an explicit "ingen uppgift", an explicit "ej tillämplig" (the indicator does
 * not apply this year), or nothing reported (null).
 */
export type OutcomeCell =
  | { readonly value: DecimalString }
  | { readonly noData: true }
  | { readonly notApplicable: true }
  | null;

/** Why a status cannot be computed, so the UI can say what to fix. */
export type NotComputableReason =
  | { readonly code: 'textTarget' }
  | { readonly code: 'noPrevious' }
  | { readonly code: 'unitMismatch'; readonly targetUnit: string; readonly outcomeUnit: string }
  | { readonly code: 'previousUnitMismatch'; readonly previousUnit: string; readonly outcomeUnit: string };

export type StatusResult =
  | { readonly status: 'met' | 'notMet' | 'noTarget' | 'noData' | 'notApplicable' }
  | { readonly status: 'notComputable'; readonly reason: NotComputableReason };

export interface StatusInput {
  readonly outcome: OutcomeCell;
  readonly target: TargetRule | null;
  readonly direction: DesiredDirection;
  /** The unit the outcome is stated in (the outcome's own, else the indicator's); null = unitless. */
  readonly outcomeUnit: string | null;
  /** The unit a target written without one is read in: the indicator's unit. */
  readonly indicatorUnit: string | null;
  /** The previous year's outcome, needed by "Öka"/"Minska" targets. */
  readonly previous?: OutcomeCell;
  /** The unit the previous outcome is stated in (its own, else the indicator's); null = unitless. */
  readonly previousUnit?: string | null;
}

type ValueRule = Extract<TargetRule, { kind: 'comparison' | 'value' }>;
type DirectionRule = Extract<TargetRule, { kind: 'direction' }>;

function numberIn(cell: OutcomeCell | undefined): DecimalString | null {
  return cell !== null && cell !== undefined && 'value' in cell ? cell.value : null;
}

function isNotApplicable(cell: OutcomeCell): boolean {
  return cell !== null && 'notApplicable' in cell;
}

function notComputable(reason: NotComputableReason): StatusResult {
  return { status: 'notComputable', reason };
}

function metOrNot(met: boolean): StatusResult {
  return { status: met ? 'met' : 'notMet' };
}

function compareWith(operator: ComparisonOperator, outcome: DecimalString, target: DecimalString): boolean {
  const order = compareDecimal(outcome, target);
  switch (operator) {
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '<':
      return order < 0;
    case '=':
      return order === 0;
    case '±':
      return compareDecimal(absDecimal(outcome), target) <= 0;
    default: {
      // A new operator that is not handled above makes this assignment a type error.
      const unhandled: never = operator;
      throw new Error(`Unknown comparison operator: ${String(unhandled)}`);
    }
  }
}

/** A bare target value is a floor when more is better, a ceiling when less is, else an exact value. */
function operatorForValue(direction: DesiredDirection): ComparisonOperator {
  switch (direction) {
    case 'increase':
      return '>=';
    case 'decrease':
      return '<=';
    case 'none':
      return '=';
    default: {
      const unhandled: never = direction;
      throw new Error(`Unknown direction: ${String(unhandled)}`);
    }
  }
}

/**
 * previous ± |previous| × percent/100: the level a "Minska med 10 %" target asks for. The change is taken
 * on the magnitude, so decreasing −100 by 10 % gives −110, not −90 (which would be an increase).
 */
function levelAfterChange(
  previous: DecimalString,
  percent: DecimalString,
  direction: 'increase' | 'decrease',
): DecimalString {
  const change = multiplyDecimal(absDecimal(previous), multiplyDecimal(percent, '0.01'));
  return direction === 'increase' ? addDecimal(previous, change) : subtractDecimal(previous, change);
}

/** "Öka"/"Minska" compare with the previous outcome; a percent is a unitless change of it. */
function directionStatus(rule: DirectionRule, outcome: DecimalString, previous: DecimalString): StatusResult {
  if (rule.percent === null) {
    return metOrNot(compareDecimal(outcome, previous) === (rule.direction === 'increase' ? 1 : -1));
  }
  const level = levelAfterChange(previous, rule.percent, rule.direction);
  return metOrNot(compareWith(rule.direction === 'increase' ? '>=' : '<=', outcome, level));
}

/**
 * A value written in `unit` expressed in the outcome's unit, or the two units' labels when they measure
 * different things. A side without a unit is taken to be in the other side's unit: a target "≥4,5" on an
 * indicator in "(0-5)" says nothing else.
 */
function inOutcomeUnit(
  value: DecimalString,
  unit: string | null,
  input: StatusInput,
): { readonly value: DecimalString } | { readonly from: string; readonly to: string } {
  const from = parseMeasureUnit(unit ?? input.indicatorUnit);
  const to = parseMeasureUnit(input.outcomeUnit ?? input.indicatorUnit);
  if (from === null || to === null) {
    return { value };
  }
  const converted = convertQuantity(value, from, to);
  return converted === null ? { from: from.label, to: to.label } : { value: converted };
}

function valueStatus(rule: ValueRule, outcome: DecimalString, input: StatusInput): StatusResult {
  const target = inOutcomeUnit(rule.value, rule.unit, input);
  if (!('value' in target)) {
    return notComputable({ code: 'unitMismatch', targetUnit: target.from, outcomeUnit: target.to });
  }
  const operator = rule.kind === 'comparison' ? rule.operator : operatorForValue(input.direction);
  return metOrNot(compareWith(operator, outcome, target.value));
}

/**
 * Decides the status of one outcome. The order matters: without a target nothing is judged; an explicit
 * "ej tillämplig" outweighs everything else; only then are missing data and uncomputable targets reported.
 */
export function evaluateStatus(input: StatusInput): StatusResult {
  const { target } = input;
  if (target === null || target.kind === 'none') {
    return { status: 'noTarget' };
  }
  if (isNotApplicable(input.outcome)) {
    return { status: 'notApplicable' };
  }
  const outcome = numberIn(input.outcome);
  if (outcome === null) {
    return { status: 'noData' };
  }
  switch (target.kind) {
    case 'text':
      return notComputable({ code: 'textTarget' });
    case 'comparison':
    case 'value':
      return valueStatus(target, outcome, input);
    case 'direction': {
      const previous = numberIn(input.previous);
      if (previous === null) {
        return notComputable({ code: 'noPrevious' });
      }
      const comparable = inOutcomeUnit(previous, input.previousUnit ?? null, input);
      if (!('value' in comparable)) {
        return notComputable({
          code: 'previousUnitMismatch',
          previousUnit: comparable.from,
          outcomeUnit: comparable.to,
        });
      }
      return directionStatus(target, outcome, comparable.value);
    }
  }
}

/** Swedish labels, as the UI and documents show them. */
export const STATUS_LABELS: Readonly<Record<IndicatorStatus, string>> = {
  met: 'Uppfyllt',
  notMet: 'Ej uppfyllt',
  noTarget: 'Målvärde saknas',
  noData: 'Utfall saknas',
  notApplicable: 'Ej tillämplig',
  notComputable: 'Kan inte beräknas',
};

function describeReason(reason: NotComputableReason): string {
  switch (reason.code) {
    case 'textTarget':
      return 'målvärdet är fritext';
    case 'noPrevious':
      return 'föregående års utfall saknas';
    case 'unitMismatch':
      return `målvärdet anges i ${reason.targetUnit} men utfallet i ${reason.outcomeUnit}`;
    case 'previousUnitMismatch':
      return `föregående års utfall anges i ${reason.previousUnit} men årets i ${reason.outcomeUnit}`;
    default: {
      const unhandled: never = reason;
      throw new Error(`Unknown reason: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** A Swedish sentence for a status, saying why when it cannot be computed. */
export function describeStatus(result: StatusResult): string {
  if (result.status === 'notComputable') {
    return `${STATUS_LABELS.notComputable}: ${describeReason(result.reason)}.`;
  }
  return `${STATUS_LABELS[result.status]}.`;
}
