import { describe, expect, it } from 'vitest';
import { convertQuantity, isKnownUnit, type MeasureUnit, parseMeasureUnit } from './unit.ts';

function unit(text: string): MeasureUnit {
  const parsed = parseMeasureUnit(text);
  if (parsed === null) {
    throw new Error(`No unit in ${JSON.stringify(text)}`);
  }
  return parsed;
}

describe('parseMeasureUnit', () => {
  it.each<[string, MeasureUnit]>([
    ['kr', { label: 'kr', dimension: 'money', exponent: 0 }],
    ['kr.', { label: 'kr', dimension: 'money', exponent: 0 }],
    ['Kronor', { label: 'kr', dimension: 'money', exponent: 0 }],
    ['tkr', { label: 'tkr', dimension: 'money', exponent: 3 }],
    ['mnkr', { label: 'mnkr', dimension: 'money', exponent: 6 }],
    ['mnkr.', { label: 'mnkr', dimension: 'money', exponent: 6 }],
    ['mkr', { label: 'mnkr', dimension: 'money', exponent: 6 }],
    ['miljoner  kronor', { label: 'mnkr', dimension: 'money', exponent: 6 }],
    ['Mdkr', { label: 'mdkr', dimension: 'money', exponent: 9 }],
    ['miljarder kronor', { label: 'mdkr', dimension: 'money', exponent: 9 }],
    ['%', { label: '%', dimension: 'share', exponent: -2 }],
    ['(%)', { label: '%', dimension: 'share', exponent: -2 }],
    ['procent', { label: '%', dimension: 'share', exponent: -2 }],
    ['andel', { label: 'andel', dimension: 'share', exponent: 0 }],
    ['%-enheter', { label: '%-enheter', dimension: 'percentagePoints', exponent: 0 }],
    ['Procentenheter', { label: '%-enheter', dimension: 'percentagePoints', exponent: 0 }],
    ['(antal)', { label: 'antal', dimension: 'count', exponent: 0 }],
    ['st', { label: 'st', dimension: 'count', exponent: 0 }],
    ['st.', { label: 'st', dimension: 'count', exponent: 0 }],
    ['stycken', { label: 'st', dimension: 'count', exponent: 0 }],
    ['(gram)', { label: 'gram', dimension: 'mass', exponent: 0 }],
    ['g', { label: 'gram', dimension: 'mass', exponent: 0 }],
    ['(år)', { label: 'år', dimension: 'year', exponent: 0 }],
    ['dagar', { label: 'dagar', dimension: 'day', exponent: 0 }],
    ['timmar', { label: 'timmar', dimension: 'hour', exponent: 0 }],
    ['sekunder', { label: 'sekunder', dimension: 'second', exponent: 0 }],
    ['Index', { label: 'index', dimension: 'index', exponent: 0 }],
    ['0-5', { label: '0-5', dimension: 'scale:0-5', exponent: 0 }],
    ['(0-5)', { label: '0-5', dimension: 'scale:0-5', exponent: 0 }],
    ['0–10', { label: '0-10', dimension: 'scale:0-10', exponent: 0 }],
    ['1 - 5', { label: '1-5', dimension: 'scale:1-5', exponent: 0 }],
    ['  tkr  ', { label: 'tkr', dimension: 'money', exponent: 3 }],
    ['kr\u00a0', { label: 'kr', dimension: 'money', exponent: 0 }],
  ])('reads %j', (text, expected) => {
    expect(parseMeasureUnit(text)).toEqual(expected);
  });

  it.each<[string, MeasureUnit]>([
    ['årsarbetare', { label: 'årsarbetare', dimension: 'other:årsarbetare', exponent: 0 }],
    [
      'antal/100 000 invånare',
      { label: 'antal/100 000 invånare', dimension: 'other:antal/100 000 invånare', exponent: 0 },
    ],
    [
      'Ton  CO₂-ekv/invånare',
      { label: 'Ton CO₂-ekv/invånare', dimension: 'other:ton co₂-ekv/invånare', exponent: 0 },
    ],
    [
      'andel (%) av maxpoäng',
      { label: 'andel (%) av maxpoäng', dimension: 'other:andel (%) av maxpoäng', exponent: 0 },
    ],
  ])('keeps the unknown unit %j as its own dimension', (text, expected) => {
    expect(parseMeasureUnit(text)).toEqual(expected);
  });

  it.each([null, undefined, '', '   ', '()', '.'])('has no unit in %j', (text) => {
    expect(parseMeasureUnit(text)).toBeNull();
  });

  it('tells known units from labels it can only repeat', () => {
    expect(isKnownUnit(unit('mnkr'))).toBe(true);
    expect(isKnownUnit(unit('0-5'))).toBe(true);
    expect(isKnownUnit(unit('årsarbetare'))).toBe(false);
  });
});

describe('convertQuantity', () => {
  it.each<[string, string, string, string]>([
    ['1500', 'tkr', 'mnkr', '1.500'],
    ['2', 'mnkr', 'tkr', '2000'],
    ['2', 'mnkr', 'kr', '2000000'],
    ['18.5', 'Mdkr', 'mnkr', '18500'],
    ['900', 'kr.', 'kronor', '900'],
    ['90', '%', 'andel', '0.90'],
    ['0.93', 'andel', 'procent', '93'],
    ['-0.5', 'andel', '%', '-50'],
    ['4', 'antal', 'st', '4'],
    ['1250', 'g', 'kg', '1.250'],
    ['4.4', '0-5', '(0-5)', '4.4'],
    ['3', 'årsarbetare', 'Årsarbetare', '3'],
  ])('%j %s in %s is %j', (value, from, to, expected) => {
    expect(convertQuantity(value, unit(from), unit(to))).toBe(expected);
  });

  it.each<[string, string]>([
    ['mnkr', '%'],
    ['%', '%-enheter'],
    ['andel', '%-enheter'],
    ['0-5', '0-10'],
    ['antal', 'årsarbetare'],
    ['index', '%'],
    ['år', 'dagar'],
    ['timmar', 'sekunder'],
    ['gram', 'kr'],
  ])('will not convert %s to %s', (from, to) => {
    expect(convertQuantity('1', unit(from), unit(to))).toBeNull();
    expect(convertQuantity('1', unit(to), unit(from))).toBeNull();
  });
});
