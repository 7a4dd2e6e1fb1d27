import { describe, expect, it } from 'vitest';
import {
  addDecimal,
  canonicalDecimal,
  compareDecimal,
  multiplyDecimal,
  parseSwedishDecimal,
  roundDecimal,
  scaleByPowerOfTen,
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

  it.each([
    ['15', -1, '20'],
    ['-15', -1, '-20'],
    ['14.99', -1, '10'],
    ['1234', -2, '1200'],
    ['1250', -2, '1300'],
    ['-1250', -2, '-1300'],
    ['1249.9', -2, '1200'],
    ['49', -2, '0'],
    ['-49', -2, '0'],
    ['50', -2, '100'],
    ['635677.325', -3, '636000'],
  ])('rounds %j to tens or hundreds at scale %i as %j', (value, scale, expected) => {
    expect(roundDecimal(value, scale)).toBe(expected);
  });

  it('keeps the printed scale in canonical form', () => {
    expect(canonicalDecimal('96.0')).toBe('96.0');
    expect(canonicalDecimal('007')).toBe('7');
  });
});

describe('scaleByPowerOfTen', () => {
  it.each([
    ['1.5', 3, '1500'],
    ['2', 3, '2000'],
    ['2', 6, '2000000'],
    ['1500', -3, '1.500'],
    ['1500', -6, '0.001500'],
    ['90', -2, '0.90'],
    ['-0.93', 2, '-93'],
    ['-12.345', 1, '-123.45'],
    ['4.4', 0, '4.4'],
    ['0', -3, '0.000'],
  ])('%j × 10^%i = %j', (value, n, expected) => {
    expect(scaleByPowerOfTen(value, n)).toBe(expected);
  });

  it('is exact: a round trip compares equal to the original', () => {
    expect(compareDecimal(scaleByPowerOfTen(scaleByPowerOfTen('1234.5', -9), 9), '1234.5')).toBe(0);
  });

  it('rejects a power that is not an integer', () => {
    expect(() => scaleByPowerOfTen('1', 0.5)).toThrow();
  });
});
