import { describe, expect, it } from 'vitest';
import { describeTarget, formatTargetNotation, parseTarget, type TargetRule } from './target.ts';

describe('parseTarget reads every notation in the seed documents', () => {
  it.each<[string, TargetRule]>([
    ['≥4,0', { kind: 'comparison', operator: '>=', value: '4.0', unit: null }],
    ['≥ 82', { kind: 'comparison', operator: '>=', value: '82', unit: null }],
    ['>=64,5', { kind: 'comparison', operator: '>=', value: '64.5', unit: null }],
    ['≤±5', { kind: 'comparison', operator: '±', value: '5', unit: null }],
    ['≤ ±1', { kind: 'comparison', operator: '±', value: '1', unit: null }],
    ['≤10', { kind: 'comparison', operator: '<=', value: '10', unit: null }],
    ['≤6,0', { kind: 'comparison', operator: '<=', value: '6.0', unit: null }],
    ['= 100', { kind: 'comparison', operator: '=', value: '100', unit: null }],
    ['Färre än 700', { kind: 'comparison', operator: '<', value: '700', unit: null }],
    ['Mindre än 100', { kind: 'comparison', operator: '<', value: '100', unit: null }],
    ['Större än 0', { kind: 'comparison', operator: '>', value: '0', unit: null }],
    ['Max 900 kr.', { kind: 'comparison', operator: '<=', value: '900', unit: 'kr' }],
    ['Max 1 %', { kind: 'comparison', operator: '<=', value: '1', unit: '%' }],
    ['100', { kind: 'value', value: '100', unit: null }],
    ['40 000', { kind: 'value', value: '40000', unit: null }],
    ['3,5', { kind: 'value', value: '3.5', unit: null }],
    ['85 %', { kind: 'value', value: '85', unit: '%' }],
    ['4 stycken', { kind: 'value', value: '4', unit: 'st' }],
    ['Öka', { kind: 'direction', direction: 'increase', percent: null }],
    ['Ökar', { kind: 'direction', direction: 'increase', percent: null }],
    ['Minska', { kind: 'direction', direction: 'decrease', percent: null }],
    ['Minska med 10%', { kind: 'direction', direction: 'decrease', percent: '10' }],
    ['-', { kind: 'none' }],
    ['', { kind: 'none' }],
    ['Budget i balans', { kind: 'text' }],
    ['90% inom 120 sekunder', { kind: 'text' }],
    ['< 5% av samtliga samtal', { kind: 'text' }],
    ['Ja/Nej', { kind: 'text' }],
    ['Ökade HME siffror', { kind: 'text' }],
    ['85,0 (exkl Kost & Restaurang)', { kind: 'text' }],
    ['≥', { kind: 'text' }],
    ['≤±-5', { kind: 'text' }],
  ])('%j', (raw, expected) => {
    expect(parseTarget(raw)).toEqual(expected);
  });
});

describe('formatTargetNotation writes what parseTarget reads', () => {
  it.each(['≥4,5', '≤±5', '≤45', '<700', '>0', '=100', 'Öka', 'Minska med 10 %', '3,5', '900 kr'])(
    '%j',
    (notation) => {
      const rule = parseTarget(notation);
      expect(formatTargetNotation(rule)).toBe(notation);
      expect(parseTarget(formatTargetNotation(rule))).toEqual(rule);
    },
  );
});

describe('describeTarget', () => {
  it('explains a bare value through the desired direction', () => {
    expect(describeTarget(parseTarget('3,5'), 'decrease')).toBe('Högst 3,5 (önskvärd riktning: minska).');
    expect(describeTarget(parseTarget('70'), 'increase')).toBe('Minst 70 (önskvärd riktning: öka).');
    expect(describeTarget(parseTarget('≤±5'), 'none')).toBe('Inom ±5 (avvikelse åt båda hållen).');
    expect(describeTarget(parseTarget('Budget i balans'), 'none')).toContain('Fritext');
  });
});
