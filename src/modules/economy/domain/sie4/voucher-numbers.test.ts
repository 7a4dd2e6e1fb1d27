import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VoucherNumbers } from './voucher-numbers.ts';

describe('VoucherNumbers', () => {
  it('finds exactly the duplicates a set of every voucher would find, in any order', () => {
    const voucher = fc.tuple(
      fc.constantFrom('A', 'B'),
      fc.oneof(fc.integer({ min: 1, max: 60 }).map(String), fc.constantFrom('X-1', '0012')),
    );
    fc.assert(
      fc.property(fc.array(voucher, { maxLength: 200 }), (vouchers) => {
        const numbers = new VoucherNumbers();
        const seen = new Set<string>();
        for (const [series, number] of vouchers) {
          const key = `${series} ${/^\d+$/.test(number) ? String(Number(number)) : number}`;
          expect(numbers.add(series, number)).toBe(seen.has(key));
          seen.add(key);
        }
      }),
    );
  });

  it('keeps one run per series for vouchers in order, however many there are', () => {
    const numbers = new VoucherNumbers();
    for (let n = 1; n <= 100_000; n++) {
      numbers.add('A', String(n));
      numbers.add('B', String(n));
    }
    expect(numbers.size).toBe(2);
    expect(numbers.add('A', '50000')).toBe(true);
  });
});
