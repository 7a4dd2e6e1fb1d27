import { describe, expect, it } from 'vitest';
import { FingerprintSet } from './fingerprint-set.ts';

describe('FingerprintSet', () => {
  it('says whether a string was added before, through many rounds of growth', () => {
    const set = new FingerprintSet();
    const keys = Array.from({ length: 200_000 }, (_, index) => `indikator-${index}|2023|total`);
    expect(keys.every((key) => set.add(key))).toBe(true);
    expect(set.size).toBe(200_000);
    expect(keys.every((key) => set.has(key))).toBe(true);
    expect(keys.some((key) => set.add(key))).toBe(false);
    expect(set.size).toBe(200_000);
    expect(set.has('indikator-200000|2023|total')).toBe(false);
  });

  it('tells apart keys that differ only in order, length or one character', () => {
    const set = new FingerprintSet();
    for (const key of ['', 'a', 'aa', 'ab', 'ba', 'a|b', 'a|b|', '|a|b', 'Öka', 'öka']) {
      expect(set.add(key)).toBe(true);
    }
    expect(set.size).toBe(10);
  });
});
