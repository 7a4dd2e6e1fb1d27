import { describe, expect, it } from 'vitest';
import {
  addDecimal,
  canonicalDecimal,
  compareDecimal,
  multiplyDecimal,
  parseSwedishDecimal,
  roundDecimal,
  subtractDecimal,
} from './decimal.ts';

describe('parseSwedishDecimal', () => {
  it.each([
    ['4,4', '4.4'],
    ['-0,9', '-0.9'],
    ['− 2 356', '-2356'],
    ['– 2 356', '-2356'],
    ['40 000', '40000'],
    ['40\u00a0000', '40000'],
    ['1 234,50', '1234.50'],
    ['96,0', '96.0'],
    ['4.4', '4.4'],
    ['0', '0'],
    ['-0', '0'],
  ])('reads %j as %j', (text, expected) => {
    expect(parseSwedishDecimal(text)).toBe(expected);
  });

  it.each(['', 'abc', '4,4*', '1 23', '4,', ',5', '12 mnkr', '1e3'])('rejects %j', (text) => {
    expect(parseSwedishDecimal(text)).toBeNull();
  });
});

describe('exact arithmetic', () => {
  it('compares without binary rounding', () => {
    expect(compareDecimal('4.4', '4.5')).toBe(-1);
    expect(compareDecimal('96', '96.0')).toBe(0);
    expect(compareDecimal('-3', '-5')).toBe(1);
    expect(compareDecimal(addDecimal('0.1', '0.2'), '0.3')).toBe(0);
  });

  it('adds, subtracts and multiplies exactly', () => {
    expect(subtractDecimal('17301', '500')).toBe('16801');
    expect(subtractDecimal('-3346', '-16889')).toBe('13543');
    expect(multiplyDecimal('620173', '1.025')).toBe('635677.325');
    expect(addDecimal('-0.5', '0.5')).toBe('0.0');
  });

  it('rounds half away from zero for display', () => {
    expect(roundDecimal('635677.325', 0)).toBe('635677');
    expect(roundDecimal('1.05', 1)).toBe('1.1');
    expect(roundDecimal('-1.05', 1)).toBe('-1.1');
    expect(roundDecimal('4', 1)).toBe('4.0');
  });

  it('keeps the printed scale in canonical form', () => {
    expect(canonicalDecimal('96.0')).toBe('96.0');
    expect(canonicalDecimal('007')).toBe('7');
  });
});
