/**
 * The reader must not keep the vouchers it has handed on: memory stays flat however long the file is.
 */
import { describe, expect, it } from 'vitest';
import { DECLARATIONS, lines } from './fixtures.ts';
import { SieReader } from './reader.ts';

const VOUCHERS = 50_000;

/** A ledger of n vouchers, made a chunk at a time so the test itself holds no whole file. */
function* ledger(n: number): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(lines(DECLARATIONS));
  let chunk = '';
  for (let i = 1; i <= n; i++) {
    const ore = (i * 7919) % 1_000_000;
    const amount = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
    chunk += `#VER A ${i} 20240110 "Faktura ${i}"\r\n{\r\n\t#TRANS 7010 {1 "456"} ${amount}\r\n\t#TRANS 2440 {} -${amount}\r\n}\r\n`;
    if (chunk.length > 60_000 || i === n) {
      yield encoder.encode(chunk);
      chunk = '';
    }
  }
}

/** The largest array, map or set reachable from the value, by number of entries. */
function largestCollection(value: unknown, seen = new Set<unknown>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) {
    return 0;
  }
  seen.add(value);
  const entries: unknown[] =
    value instanceof Map
      ? [...value.keys(), ...value.values()]
      : value instanceof Set
        ? [...value]
        : Object.values(value);
  const own = Array.isArray(value) || value instanceof Map || value instanceof Set ? entries.length : 0;
  return Math.max(own, ...entries.map((entry) => largestCollection(entry, seen)));
}

describe('streaming', () => {
  it(`hands ${VOUCHERS} vouchers to the callback and keeps none of them`, () => {
    let received = 0;
    let transactions = 0;
    let largestSeen = 0;
    const reader = new SieReader('cp437', {
      onVoucher: (voucher) => {
        received++;
        transactions += voucher.transactions.length;
      },
    });
    for (const chunk of ledger(VOUCHERS)) {
      reader.push(chunk);
      largestSeen = Math.max(largestSeen, largestCollection(reader));
    }
    reader.end();
    expect(reader.problems).toEqual([]);
    expect(received).toBe(VOUCHERS);
    expect(transactions).toBe(2 * VOUCHERS);
    expect(reader.totals).toMatchObject({ vouchers: VOUCHERS, transactions: 2 * VOUCHERS, amountSumOre: 0n });
    // The chart of accounts and the objects are the largest things kept: a handful of entries.
    expect(largestSeen).toBeLessThan(20);
    expect(largestCollection(reader)).toBeLessThan(20);
  });
});
