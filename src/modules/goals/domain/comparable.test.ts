import { describe, expect, it } from 'vitest';
import { comparableKey, comparableName } from './comparable.ts';

describe('comparableName', () => {
  it('sets aside case, spacing, footnote stars, a leading dash and a closing parenthesis', () => {
    expect(comparableName('*Total  Sjukfrånvaro (%)')).toBe('total sjukfrånvaro');
    expect(comparableName('Total sjukfrånvaro')).toBe('total sjukfrånvaro');
    expect(comparableName('-LKDATA (0-5)')).toBe('lkdata');
    expect(comparableName('Hållbart medarbetarengagemang (HME)**')).toBe('hållbart medarbetarengagemang');
  });

  it('keeps a parenthesis that is the whole name, and words inside the name', () => {
    expect(comparableName('(HME)')).toBe('(hme)');
    expect(comparableName('Andel (%) heltidsanställda')).toBe('andel (%) heltidsanställda');
  });
});

describe('comparableKey', () => {
  it('tells sub-rows of different parents apart', () => {
    expect(comparableKey('LKDATA (0-5)', 'Kundnöjdhet')).not.toBe(
      comparableKey('LKDATA (%)', 'Svarsservice'),
    );
    expect(comparableKey('-LKDATA (0-5)', 'Kundnöjdhet')).toBe(comparableKey('LKDATA', 'kundnöjdhet'));
    expect(comparableKey('Kundnöjdhet', null)).not.toBe(comparableKey('Kundnöjdhet', 'Service'));
  });
});
