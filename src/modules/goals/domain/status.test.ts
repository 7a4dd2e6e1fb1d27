import { describe, expect, it } from 'vitest';
import {
  describeStatus,
  evaluateStatus,
  INDICATOR_STATUSES,
  type IndicatorStatus,
  type OutcomeCell,
  STATUS_LABELS,
  type StatusInput,
  type StatusResult,
} from './status.ts';
import { type DesiredDirection, parseTarget } from './target.ts';

/** An outcome as a test writes it: a number, 'IU' (ingen uppgift), 'ET' (ej tillämplig) or null. */
type Cell = string | null;

function cell(value: Cell): OutcomeCell {
  if (value === null) {
    return null;
  }
  if (value === 'IU') {
    return { noData: true };
  }
  return value === 'ET' ? { notApplicable: true } : { value };
}

interface Case {
  readonly direction?: DesiredDirection;
  readonly previous?: Cell;
  readonly outcomeUnit?: string | null;
  readonly indicatorUnit?: string | null;
}

function evaluate(outcome: Cell, target: string | null, options: Case = {}): StatusResult {
  const input: StatusInput = {
    outcome: cell(outcome),
    target: target === null ? null : parseTarget(target),
    direction: options.direction ?? 'none',
    outcomeUnit: options.outcomeUnit ?? null,
    indicatorUnit: options.indicatorUnit ?? null,
    previous: cell(options.previous ?? null),
  };
  return evaluateStatus(input);
}

function status(outcome: Cell, target: string | null, options: Case = {}): IndicatorStatus {
  return evaluate(outcome, target, options).status;
}

describe('evaluateStatus on the seed documents', () => {
  it.each<[string, Cell, string, Case, IndicatorStatus]>([
    ['000:371 LKDATA 4,4 against ≥4,5', '4.4', '≥4,5', { indicatorUnit: '0-5' }, 'notMet'],
    ['000:371 LKDATA 4,4 against ≥4,0', '4.4', '≥4,0', { indicatorUnit: '0-5' }, 'met'],
    ['000:391 budget deviation −3 against ≤±5', '-3', '≤±5', { indicatorUnit: '%-enheter' }, 'met'],
    [
      '001:712 debt per inhabitant 0 kr against Max 900 kr.',
      '0',
      'Max 900 kr.',
      { indicatorUnit: 'kr' },
      'met',
    ],
    [
      '001:712 debt per inhabitant 901 kr against Max 900 kr.',
      '901',
      'Max 900 kr.',
      { indicatorUnit: 'kr' },
      'notMet',
    ],
    [
      '001:665 733 against Färre än 700',
      '733',
      'Färre än 700',
      { indicatorUnit: 'antal/100 000 invånare' },
      'notMet',
    ],
    [
      '001:665 699 against Färre än 700',
      '699',
      'Färre än 700',
      { indicatorUnit: 'antal/100 000 invånare' },
      'met',
    ],
  ])('%s', (_case, outcome, target, options, expected) => {
    expect(status(outcome, target, options)).toBe(expected);
  });
});

describe('evaluateStatus', () => {
  it.each<[Cell, string, IndicatorStatus]>([
    ['4.4', '≥4,5', 'notMet'],
    ['4.5', '≥4,5', 'met'],
    ['4.49', '≥4,5', 'notMet'],
    ['4.50', '≥4,5', 'met'],
    ['9.7', '≥9,5', 'met'],
    ['53', '≤45', 'notMet'],
    ['45', '≤45', 'met'],
  ])('decides %j against %j exactly at the printed precision', (outcome, target, expected) => {
    expect(status(outcome, target)).toBe(expected);
  });

  it.each<[Cell, string, IndicatorStatus]>([
    ['-3', '≤±5', 'met'],
    ['-5', '≤±5', 'met'],
    ['5', '≤±5', 'met'],
    ['5.1', '≤±5', 'notMet'],
    ['-5.1', '≤±5', 'notMet'],
    ['-0.9', '≤±1', 'met'],
    ['1.0', '≤±1', 'met'],
    ['-1.01', '≤±1', 'notMet'],
  ])('treats %j against the band %j as a deviation in both directions', (outcome, target, expected) => {
    expect(status(outcome, target)).toBe(expected);
  });

  it.each<[Cell, string, IndicatorStatus]>([
    ['733', 'Färre än 700', 'notMet'],
    ['699', 'Färre än 700', 'met'],
    ['700', 'Färre än 700', 'notMet'],
    ['0', 'Max 900 kr.', 'met'],
    ['237', 'Större än 0', 'met'],
    ['0', 'Större än 0', 'notMet'],
    ['100', '= 100', 'met'],
    ['100.1', '= 100', 'notMet'],
  ])('reads the word notation: %j against %j', (outcome, target, expected) => {
    expect(status(outcome, target)).toBe(expected);
  });

  it.each<[Cell, string, DesiredDirection, IndicatorStatus]>([
    ['3.82', '3,5', 'decrease', 'notMet'],
    ['3.4', '3,5', 'decrease', 'met'],
    ['3.5', '3,5', 'decrease', 'met'],
    ['99.0', '97,5', 'increase', 'met'],
    ['86', '100', 'increase', 'notMet'],
    ['100', '100', 'increase', 'met'],
    ['100', '100', 'none', 'met'],
    ['100.0', '100', 'none', 'met'],
    ['99', '100', 'none', 'notMet'],
    ['101', '100', 'none', 'notMet'],
  ])('reads the bare value: %j against %j with direction %j', (outcome, target, direction, expected) => {
    expect(status(outcome, target, { direction })).toBe(expected);
  });
});

describe('"Öka"/"Minska" compare with the previous outcome', () => {
  it.each<[Cell, string, Cell, IndicatorStatus]>([
    ['9.04', 'Öka', '8.66', 'met'],
    ['8.66', 'Öka', '8.66', 'notMet'],
    ['15.7', 'Minska', '15.2', 'notMet'],
    ['15.1', 'Minska', '15.2', 'met'],
    ['-5', 'Minska', '-4', 'met'],
    ['90', 'Minska med 10%', '100', 'met'],
    ['90.1', 'Minska med 10%', '100', 'notMet'],
    ['110', 'Öka med 10 %', '100', 'met'],
    ['109.9', 'Öka med 10 %', '100', 'notMet'],
    // The change is a share of the base's magnitude: 10 % of |−100| is 10.
    ['-110', 'Minska med 10 %', '-100', 'met'],
    ['-95', 'Minska med 10 %', '-100', 'notMet'],
    ['-90', 'Öka med 10 %', '-100', 'met'],
    ['-110', 'Öka med 10 %', '-100', 'notMet'],
    ['-95', 'Öka med 10 %', '-100', 'notMet'],
    ['-85', 'Öka med 10 %', '-100', 'met'],
    ['0', 'Minska med 10 %', '0', 'met'],
  ])('%j against %j from %j', (outcome, target, previous, expected) => {
    expect(status(outcome, target, { previous })).toBe(expected);
  });

  it('ignores units: a percent-change is a change of the previous outcome, whatever its unit', () => {
    expect(status('90', 'Minska med 10 %', { previous: '100', indicatorUnit: 'tkr' })).toBe('met');
    expect(status('0.9', 'Minska med 10 %', { previous: '1', indicatorUnit: 'andel' })).toBe('met');
  });

  it.each<Cell>([null, 'IU', 'ET'])(
    'cannot be computed without a numeric previous outcome (%j)',
    (previous) => {
      expect(evaluate('9', 'Öka', { direction: 'increase', previous })).toEqual({
        status: 'notComputable',
        reason: { code: 'noPrevious' },
      });
    },
  );
});

describe('units', () => {
  it.each<[string, Cell, string, Case, IndicatorStatus]>([
    ['1 500 tkr meets Max 2 mnkr', '1500', 'Max 2 mnkr', { indicatorUnit: 'tkr' }, 'met'],
    ['2 001 tkr misses Max 2 mnkr', '2001', 'Max 2 mnkr', { indicatorUnit: 'tkr' }, 'notMet'],
    ['2 000 tkr meets Max 2 mnkr exactly', '2000', 'Max 2 mnkr', { indicatorUnit: 'tkr' }, 'met'],
    ['0,93 andel meets ≥ 90 %', '0.93', '≥ 90 %', { indicatorUnit: 'andel' }, 'met'],
    ['0,89 andel misses ≥ 90 %', '0.89', '≥ 90 %', { indicatorUnit: 'andel' }, 'notMet'],
    ['0,899 andel is not rounded up to 90 %', '0.899', '≥ 90 %', { indicatorUnit: 'andel' }, 'notMet'],
    ['93 % meets a target of 0,9 in andel', '93', '≥0,9 andel', { indicatorUnit: '%' }, 'met'],
    [
      '18,5 mdkr meets Större än 18 000 mnkr',
      '18.5',
      'Större än 18 000 mnkr',
      { indicatorUnit: 'Mdkr' },
      'met',
    ],
    ['237 mnkr meets Större än 0 kr', '237', 'Större än 0 kr', { indicatorUnit: 'mnkr' }, 'met'],
    ['kronor and kr are one unit', '850', 'Max 900 kr.', { indicatorUnit: 'kronor' }, 'met'],
    [
      "the outcome's own unit overrides the indicator's",
      '1.5',
      'Max 1 800 tkr',
      { outcomeUnit: 'mnkr', indicatorUnit: 'tkr' },
      'met',
    ],
    [
      "a target without a unit is read in the indicator's",
      '1.5',
      'Max 1 800',
      { outcomeUnit: 'mnkr', indicatorUnit: 'tkr' },
      'met',
    ],
    [
      "a target without a unit is read in the indicator's (not met)",
      '1.9',
      'Max 1 800',
      { outcomeUnit: 'mnkr', indicatorUnit: 'tkr' },
      'notMet',
    ],
    ['only the target has a unit: the outcome is taken to be in it', '850', 'Max 900 kr.', {}, 'met'],
    [
      'only the outcome has a unit: the target is taken to be in it',
      '4.4',
      '≥4,5',
      { outcomeUnit: '0-5' },
      'notMet',
    ],
    ['an unknown unit compares with itself', '3', '≤ 5', { indicatorUnit: 'årsarbetare' }, 'met'],
    [
      'an unknown unit compares with the same label, however spaced',
      '3',
      '≤5',
      { outcomeUnit: 'Ton  CO₂', indicatorUnit: 'ton co₂' },
      'met',
    ],
    ['a ±-band converts too', '-0.04', '≤±5 %', { indicatorUnit: 'andel' }, 'met'],
    ['a ±-band converts too (not met)', '0.06', '≤±5 %', { indicatorUnit: 'andel' }, 'notMet'],
  ])('%s', (_case, outcome, target, options, expected) => {
    expect(status(outcome, target, options)).toBe(expected);
  });

  it.each<[Cell, string, Case, string, string]>([
    ['5', 'Max 2 mnkr', { indicatorUnit: '%' }, 'mnkr', '%'],
    ['5', '≥ 90 %', { indicatorUnit: '%-enheter' }, '%', '%-enheter'],
    ['5', '≥4', { outcomeUnit: '0-10', indicatorUnit: '0-5' }, '0-5', '0-10'],
    ['5', '≤ 5', { outcomeUnit: 'årsarbetare', indicatorUnit: 'antal' }, 'antal', 'årsarbetare'],
    ['5', '4 stycken', { indicatorUnit: 'kr' }, 'st', 'kr'],
  ])('will not compare %j against %j in %j', (outcome, target, options, targetUnit, outcomeUnit) => {
    expect(evaluate(outcome, target, options)).toEqual({
      status: 'notComputable',
      reason: { code: 'unitMismatch', targetUnit, outcomeUnit },
    });
  });
});

describe('the order of decisions', () => {
  it.each<[string, Cell, string | null, Case, IndicatorStatus]>([
    ['no target at all', '5', null, {}, 'noTarget'],
    ['"-" is no target', '5', '-', {}, 'noTarget'],
    ['no target outweighs ej tillämplig', 'ET', '-', {}, 'noTarget'],
    ['ej tillämplig with a target', 'ET', '≥4', {}, 'notApplicable'],
    ['ej tillämplig outweighs a free-text target', 'ET', 'Budget i balans', {}, 'notApplicable'],
    ['ej tillämplig outweighs a missing previous outcome', 'ET', 'Öka', {}, 'notApplicable'],
    ['ej tillämplig outweighs a unit mismatch', 'ET', 'Max 2 mnkr', { indicatorUnit: '%' }, 'notApplicable'],
    ['nothing reported', null, '≥4', {}, 'noData'],
    ['ingen uppgift', 'IU', '≥4', {}, 'noData'],
    ['no data outweighs a free-text target', 'IU', 'Budget i balans', {}, 'noData'],
    ['no data outweighs a missing previous outcome', null, 'Öka', {}, 'noData'],
    ['no data outweighs a unit mismatch', null, 'Max 2 mnkr', { indicatorUnit: '%' }, 'noData'],
    ['a free-text target', '5', 'Budget i balans', {}, 'notComputable'],
  ])('%s', (_case, outcome, target, options, expected) => {
    expect(status(outcome, target, options)).toBe(expected);
  });

  it('says why a free-text target cannot be computed', () => {
    expect(evaluate('5', 'Budget i balans')).toEqual({
      status: 'notComputable',
      reason: { code: 'textTarget' },
    });
  });
});

describe('describeStatus', () => {
  it.each<[StatusResult, string]>([
    [{ status: 'met' }, 'Uppfyllt.'],
    [{ status: 'notMet' }, 'Ej uppfyllt.'],
    [{ status: 'noTarget' }, 'Målvärde saknas.'],
    [{ status: 'noData' }, 'Utfall saknas.'],
    [{ status: 'notApplicable' }, 'Ej tillämplig.'],
    [{ status: 'notComputable', reason: { code: 'textTarget' } }, 'Kan inte beräknas: målvärdet är fritext.'],
    [
      { status: 'notComputable', reason: { code: 'noPrevious' } },
      'Kan inte beräknas: föregående års utfall saknas.',
    ],
    [
      { status: 'notComputable', reason: { code: 'unitMismatch', targetUnit: 'mnkr', outcomeUnit: '%' } },
      'Kan inte beräknas: målvärdet anges i mnkr men utfallet i %.',
    ],
    [
      {
        status: 'notComputable',
        reason: { code: 'previousUnitMismatch', previousUnit: '%', outcomeUnit: 'tkr' },
      },
      'Kan inte beräknas: föregående års utfall anges i % men årets i tkr.',
    ],
  ])('%j', (result, sentence) => {
    expect(describeStatus(result)).toBe(sentence);
  });

  it('describes a mismatch with the units as parsed', () => {
    expect(describeStatus(evaluate('5', 'Max 2 mkr', { indicatorUnit: '(%)' }))).toBe(
      'Kan inte beräknas: målvärdet anges i mnkr men utfallet i %.',
    );
  });
});

describe('STATUS_LABELS', () => {
  it('has a Swedish label for every status', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...INDICATOR_STATUSES].sort());
    expect(STATUS_LABELS.notApplicable).toBe('Ej tillämplig');
  });
});
