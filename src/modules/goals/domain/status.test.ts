import { describe, expect, it } from 'vitest';
import { evaluateStatus, type IndicatorStatus, type OutcomeCell } from './status.ts';
import { type DesiredDirection, parseTarget } from './target.ts';

function status(
  outcome: string | null | 'IU',
  target: string | null,
  direction: DesiredDirection = 'none',
  previous: string | null = null,
): IndicatorStatus {
  const cell = (value: string | null): OutcomeCell =>
    value === null ? null : value === 'IU' ? { noData: true } : { value };
  return evaluateStatus({
    outcome: cell(outcome),
    target: target === null ? null : parseTarget(target),
    direction,
    previous: cell(previous),
  });
}

describe('evaluateStatus', () => {
  it('decides comparisons exactly at the printed precision', () => {
    expect(status('4.4', '≥4,5')).toBe('notMet');
    expect(status('4.5', '≥4,5')).toBe('met');
    expect(status('4.49', '≥4,5')).toBe('notMet');
    expect(status('4.50', '≥4,5')).toBe('met');
    expect(status('9.7', '≥9,5')).toBe('met');
    expect(status('53', '≤45')).toBe('notMet');
    expect(status('45', '≤45')).toBe('met');
  });

  it('treats ±-bands as deviations in both directions', () => {
    expect(status('-3', '≤±5')).toBe('met');
    expect(status('-5', '≤±5')).toBe('met');
    expect(status('5.1', '≤±5')).toBe('notMet');
    expect(status('-0.9', '≤±1')).toBe('met');
    expect(status('1.0', '≤±1')).toBe('met');
    expect(status('-1.01', '≤±1')).toBe('notMet');
  });

  it('reads word notations', () => {
    expect(status('733', 'Färre än 700')).toBe('notMet');
    expect(status('699', 'Färre än 700')).toBe('met');
    expect(status('700', 'Färre än 700')).toBe('notMet');
    expect(status('0', 'Max 900 kr.')).toBe('met');
    expect(status('237', 'Större än 0')).toBe('met');
    expect(status('0', 'Större än 0')).toBe('notMet');
  });

  it('reads a bare value through the desired direction', () => {
    expect(status('3.82', '3,5', 'decrease')).toBe('notMet');
    expect(status('3.4', '3,5', 'decrease')).toBe('met');
    expect(status('99.0', '97,5', 'increase')).toBe('met');
    expect(status('86', '100', 'increase')).toBe('notMet');
    expect(status('100', '100', 'none')).toBe('met');
    expect(status('100.0', '100', 'none')).toBe('met');
    expect(status('99', '100', 'none')).toBe('notMet');
  });

  it('compares "Öka"/"Minska" with the previous outcome', () => {
    expect(status('9.04', 'Öka', 'increase', '8.66')).toBe('met');
    expect(status('8.66', 'Öka', 'increase', '8.66')).toBe('notMet');
    expect(status('15.7', 'Minska', 'decrease', '15.2')).toBe('notMet');
    expect(status('90', 'Minska med 10%', 'decrease', '100')).toBe('met');
    expect(status('90.1', 'Minska med 10%', 'decrease', '100')).toBe('notMet');
    expect(status('9', 'Öka', 'increase', null)).toBe('notComputable');
    expect(status('9', 'Öka', 'increase', 'IU')).toBe('notComputable');
  });

  it('separates no target, no data and not computable', () => {
    expect(status('5', null)).toBe('noTarget');
    expect(status('5', '-')).toBe('noTarget');
    expect(status(null, '≥4')).toBe('noData');
    expect(status('IU', '≥4')).toBe('noData');
    expect(status('5', 'Budget i balans')).toBe('notComputable');
    expect(status('IU', 'Budget i balans')).toBe('noData');
  });
});
