/**
 * The status of an outcome against its target: one pure function for every notation, direction and
 * precision. Outcomes are compared exactly as recorded (4,4 against ≥4,5 is not met; 4,49 is not rounded up
 * to 4,5), and a band "≤±5" is met by any value from −5 to 5 (domain.md §2.3).
 */
import {
  absDecimal,
  addDecimal,
  compareDecimal,
  type DecimalString,
  multiplyDecimal,
  subtractDecimal,
} from '#core/decimal.ts';
import type { DesiredDirection, TargetRule } from './target.ts';

export const INDICATOR_STATUSES = ['met', 'notMet', 'noTarget', 'noData', 'notComputable'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** An outcome value: a number, an explicit "ingen uppgift", or nothing reported (null). */
export type OutcomeCell = { readonly value: DecimalString } | { readonly noData: true } | null;

export interface StatusInput {
  readonly outcome: OutcomeCell;
  readonly target: TargetRule | null;
  readonly direction: DesiredDirection;
  /** The previous year's outcome, needed by "Öka"/"Minska" targets. */
  readonly previous?: OutcomeCell;
}

function numberIn(cell: OutcomeCell | undefined): DecimalString | null {
  return cell !== null && cell !== undefined && 'value' in cell ? cell.value : null;
}

function compareWith(operator: string, outcome: DecimalString, target: DecimalString): boolean {
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
    case '±':
      return compareDecimal(absDecimal(outcome), target) <= 0;
    default:
      return order === 0;
  }
}

function operatorForValue(direction: DesiredDirection): string {
  if (direction === 'increase') {
    return '>=';
  }
  return direction === 'decrease' ? '<=' : '=';
}

/** previous × (1 ± percent/100): the level a "Minska med 10 %" target asks for. */
function scaledByPercent(
  previous: DecimalString,
  percent: DecimalString,
  direction: 'increase' | 'decrease',
) {
  const share = multiplyDecimal(percent, '0.01');
  const factor = direction === 'increase' ? addDecimal('1', share) : subtractDecimal('1', share);
  return multiplyDecimal(previous, factor);
}

function directionMet(
  rule: Extract<TargetRule, { kind: 'direction' }>,
  outcome: DecimalString,
  previous: DecimalString,
): boolean {
  if (rule.percent === null) {
    return compareDecimal(outcome, previous) === (rule.direction === 'increase' ? 1 : -1);
  }
  const level = scaledByPercent(previous, rule.percent, rule.direction);
  return compareWith(rule.direction === 'increase' ? '>=' : '<=', outcome, level);
}

/** Decides met / not met / no target / no data / not computable for one outcome. */
export function evaluateStatus(input: StatusInput): IndicatorStatus {
  const { target } = input;
  if (target === null || target.kind === 'none') {
    return 'noTarget';
  }
  const outcome = numberIn(input.outcome);
  if (outcome === null) {
    return 'noData';
  }
  switch (target.kind) {
    case 'text':
      return 'notComputable';
    case 'comparison':
      return compareWith(target.operator, outcome, target.value) ? 'met' : 'notMet';
    case 'value':
      return compareWith(operatorForValue(input.direction), outcome, target.value) ? 'met' : 'notMet';
    case 'direction': {
      const previous = numberIn(input.previous);
      if (previous === null) {
        return 'notComputable';
      }
      return directionMet(target, outcome, previous) ? 'met' : 'notMet';
    }
  }
}

/** Swedish labels, as the UI and documents show them. */
export const STATUS_LABELS: Readonly<Record<IndicatorStatus, string>> = {
  met: 'Uppfyllt',
  notMet: 'Ej uppfyllt',
  noTarget: 'Målvärde saknas',
  noData: 'Utfall saknas',
  notComputable: 'Kan inte beräknas',
};
