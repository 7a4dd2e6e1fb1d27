import { describe, expect, it } from 'vitest';
import { classifyAccount } from './account-class.ts';

describe('classifyAccount', () => {
  it('follows Kommun-BAS by class when no ranges are set', () => {
    expect(classifyAccount('1930', [])).toBe('balance');
    expect(classifyAccount('3011', [])).toBe('revenue');
    expect(classifyAccount('4010', [])).toBe('cost');
    expect(classifyAccount('7990', [])).toBe('cost');
    expect(classifyAccount('8410', [])).toBe('financial');
  });

  it('places no account of class 9, and nothing that is not an account number', () => {
    expect(classifyAccount('9100', [])).toBeNull();
    expect(classifyAccount('30A1', [])).toBeNull();
    expect(classifyAccount('', [])).toBeNull();
  });

  it('compares accounts of different lengths by class: "3" covers 30, 301 and 30199', () => {
    const ranges = [{ fromAccount: '3', toAccount: '3', category: 'cost' as const }];
    expect(classifyAccount('30', ranges)).toBe('cost');
    expect(classifyAccount('30199', ranges)).toBe('cost');
    expect(classifyAccount('4000', ranges)).toBe('cost');
    expect(classifyAccount('2999', ranges)).toBe('balance');
  });

  it('lets the narrowest of the installation’s ranges win, before Kommun-BAS', () => {
    const ranges = [
      { fromAccount: '4000', toAccount: '4999', category: 'cost' as const },
      { fromAccount: '4900', toAccount: '4909', category: 'revenue' as const },
    ];
    expect(classifyAccount('4905', ranges)).toBe('revenue');
    expect(classifyAccount('4910', ranges)).toBe('cost');
    expect(classifyAccount('3010', ranges)).toBe('revenue');
  });
});
