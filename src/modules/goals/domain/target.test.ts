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
    ['237 mnkr.', { kind: 'value', value: '237', unit: 'mnkr' }],
    ['Max 2 mnkr', { kind: 'comparison', operator: '<=', value: '2', unit: 'mnkr' }],
    ['Mindre än 2 mkr', { kind: 'comparison', operator: '<', value: '2', unit: 'mnkr' }],
    ['Max 2 miljoner kronor', { kind: 'comparison', operator: '<=', value: '2', unit: 'mnkr' }],
    ['Max 1 500 tkr', { kind: 'comparison', operator: '<=', value: '1500', unit: 'tkr' }],
    ['18,5 Mdkr', { kind: 'value', value: '18.5', unit: 'mdkr' }],
    ['≥ 90 %', { kind: 'comparison', operator: '>=', value: '90', unit: '%' }],
    ['≥90%', { kind: 'comparison', operator: '>=', value: '90', unit: '%' }],
    ['≥0,9 andel', { kind: 'comparison', operator: '>=', value: '0.9', unit: 'andel' }],
    ['≤±2 %-enheter', { kind: 'comparison', operator: '±', value: '2', unit: '%-enheter' }],
    ['≤ 45 g', { kind: 'comparison', operator: '<=', value: '45', unit: 'gram' }],
    ['Minst 4 (1-5)', { kind: 'comparison', operator: '>=', value: '4', unit: '1-5' }],
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
    ['4,5 (18,5 Mdkr)', { kind: 'text' }],
    ['Max 1 % budgetavvikelse', { kind: 'text' }],
    ['85 % har formell kompetens', { kind: 'text' }],
    ['90% av planerade dialoger', { kind: 'text' }],
    ['100 ⁷', { kind: 'text' }],
    ['3 årsarbetare', { kind: 'text' }],
  ])('%j', (raw, expected) => {
    expect(parseTarget(raw)).toEqual(expected);
  });
});

describe('formatTargetNotation writes what parseTarget reads', () => {
  it.each([
    '≥4,5',
    '≤±5',
    '≤45',
    '<700',
    '>0',
    '=100',
    'Öka',
    'Minska med 10 %',
    '3,5',
    '900 kr',
    '≤2 mnkr',
    '18,5 mdkr',
    '≥90 %',
    '≤±2 %-enheter',
  ])('%j', (notation) => {
    const rule = parseTarget(notation);
    expect(formatTargetNotation(rule)).toBe(notation);
    expect(parseTarget(formatTargetNotation(rule))).toEqual(rule);
  });
});

describe('describeTarget', () => {
  it.each([
    ['≥4,5', 'Minst 4,5.'],
    ['> 0', 'Mer än 0.'],
    ['Max 2 mnkr', 'Högst 2 mnkr.'],
    ['Färre än 700', 'Mindre än 700.'],
    ['= 100', 'Exakt 100.'],
    ['≤±5 %', 'Inom ±5 % (avvikelse åt båda hållen).'],
  ])('explains the comparison %j', (notation, sentence) => {
    expect(describeTarget(parseTarget(notation), 'none')).toBe(sentence);
  });

  it('explains a bare value through the desired direction', () => {
    expect(describeTarget(parseTarget('3,5'), 'decrease')).toBe('Högst 3,5 (önskvärd riktning: minska).');
    expect(describeTarget(parseTarget('70'), 'increase')).toBe('Minst 70 (önskvärd riktning: öka).');
    expect(describeTarget(parseTarget('≤±5'), 'none')).toBe('Inom ±5 (avvikelse åt båda hållen).');
    expect(describeTarget(parseTarget('Budget i balans'), 'none')).toContain('Fritext');
  });
});
