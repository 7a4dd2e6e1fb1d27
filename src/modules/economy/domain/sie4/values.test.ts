import { describe, expect, it } from 'vitest';
import { formatKronor, isQuantity, oreToDecimal, parseAmountOre, parseSieDate } from './values.ts';

describe('amounts in öre', () => {
  it.each([
    ['-1234.5', -123450n],
    ['100', 10000n],
    ['100.00', 10000n],
    ['0.01', 1n],
    ['-0.5', -50n],
    ['007.10', 710n],
    ['-0', 0n],
    ['123456789012345.99', 12345678901234599n],
  ])('reads %s exactly', (text, ore) => {
    expect(parseAmountOre(text)).toBe(ore);
  });

  it.each(['1,5', '1.234', '1e3', '', '-', '+5', '1.', '.5', ' 1', '1 ', '1.2.3', '12a', '--1', '0x10'])(
    'refuses %j',
    (text) => {
      expect(parseAmountOre(text)).toBe('invalid');
    },
  );

  it('refuses amounts beyond fifteen digits of kronor, but exactly', () => {
    expect(parseAmountOre('1234567890123456')).toBe('too-large');
    expect(parseAmountOre('999999999999999.99')).toBe(99999999999999999n);
  });
});

describe('dates', () => {
  it('takes ÅÅÅÅMMDD dates that exist', () => {
    expect(parseSieDate('20240229')).toBe('2024-02-29');
    expect(parseSieDate('20000229')).toBe('2000-02-29');
    expect(parseSieDate('20241231')).toBe('2024-12-31');
  });

  it.each([
    '20230229',
    '19000229',
    '20240431',
    '20241301',
    '20240001',
    '20240100',
    '00000101',
    '2024011',
    '202401011',
    '2024-01-01',
    'abcdefgh',
    '',
  ])('refuses %j', (text) => {
    expect(parseSieDate(text)).toBeNull();
  });
});

describe('quantities', () => {
  it('are exact decimals with any number of decimals', () => {
    expect(['1', '-12.5', '0.125', '216'].every(isQuantity)).toBe(true);
    expect(['', '1,5', '+1', '1.', '.5', 'x'].some(isQuantity)).toBe(false);
  });
});

describe('kronor in messages', () => {
  it('are written the Swedish way', () => {
    expect(formatKronor(10000n)).toBe('100,00 kr');
    expect(formatKronor(-123450n)).toBe('\u22121\u00a0234,50 kr');
    expect(formatKronor(5n)).toBe('0,05 kr');
    expect(oreToDecimal(-5n)).toBe('-0.05');
  });
});
