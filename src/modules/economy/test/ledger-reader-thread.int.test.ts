/**
 * The ledger reader's thread (ledger-reader-thread.ts and its worker), really started: a file sent in chunks
 * comes back as the same vouchers and the same findings as the same pass in this thread; a worker that ended
 * a pass cleanly is kept for the next, and one whose pass failed is not; an error in the worker reaches the
 * load with its message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LedgerReading, type ReadingBatch, type ReadingResult } from '../domain/ledger-reading.ts';
import { cut, DECLARATIONS, encode, lines } from '../domain/sie4/fixtures.ts';
import { StringTable } from '../domain/string-table.ts';
import type { VoucherColumns } from '../domain/voucher-columns.ts';
import { LedgerReaderThread } from '../ledger-reader-thread.ts';

const FILE = encode(
  lines(
    DECLARATIONS,
    '#VER A 1 20240115 "Porto för Förskolan"',
    '{',
    '#TRANS 6250 {1 "457"} 120.50',
    '#TRANS 1930 {} -120.50',
    '}',
    '#VER A 2 20240220 "Löner"',
    '{',
    '#TRANS 7010 {1 "456"} 9007199254740.99',
    '#TRANS 2440 {} -9007199254740.99',
    '}',
    '#VER A 2 20240221 "Dubblett"',
    '{',
    '#TRANS 7010 {1 "456"} 1',
    '#TRANS 2440 {} -1',
    '}',
  ),
  'cp437',
);
const CHUNKS = cut(FILE, [10, 300, 301, 512, FILE.length - 3]);

/** The vouchers of a pass's batches, each as its label, date, and rows (line, account, centre, öre). */
function vouchersOf(batches: readonly ReadingBatch[]): string[] {
  const strings = new StringTable();
  const out: string[] = [];
  for (const { columns } of batches) {
    for (const value of columns.strings) {
      strings.idOf(value);
    }
    out.push(...described(columns, strings.values));
  }
  return out;
}

function described(columns: VoucherColumns, strings: readonly string[]): string[] {
  const out: string[] = [];
  let r = 0;
  for (let v = 0; v < columns.vouchers; v++) {
    const rows: string[] = [];
    for (let end = r + (columns.voucherInts[3 * v + 2] as number); r < end; r++) {
      const centre = columns.rowInts[3 * r + 2] as number;
      const amount = columns.amounts[r] as number;
      rows.push(
        `${columns.rowInts[3 * r]} ${strings[columns.rowInts[3 * r + 1] as number]} ` +
          `${centre < 0 ? '-' : strings[centre]} ${Number.isNaN(amount) ? columns.large.get(r) : amount}`,
      );
    }
    out.push(`${columns.labels[v]} ${strings[columns.voucherInts[3 * v + 1] as number]}: ${rows.join(', ')}`);
  }
  return out;
}

async function inThread(encoding: ReadingResult['encoding']) {
  const reader = new LedgerReaderThread({ encoding, dimension: 1 });
  try {
    const batches = await Promise.all(CHUNKS.map((chunk) => reader.chunk(chunk)));
    const { batch, result } = await reader.end();
    return { threadId: reader.threadId, vouchers: vouchersOf([...batches, batch]), result };
  } finally {
    reader.release();
  }
}

function here(encoding: ReadingResult['encoding']) {
  const reading = new LedgerReading({ encoding, dimension: 1 });
  const batches = CHUNKS.map((chunk) => reading.push(chunk).batch);
  const { batch, result } = reading.end();
  return { vouchers: vouchersOf([...batches, batch]), result };
}

const threads: LedgerReaderThread[] = [];
afterAll(() => {
  for (const thread of threads) {
    thread.release();
  }
});

describe('the ledger reader’s thread', () => {
  it('reads a file sent in chunks as the same pass in this thread does, and is kept for the next', async () => {
    const expected = here('cp437');
    expect(expected.vouchers).toEqual([
      'A 1 2024-01-15: 17 6250 457 12050, 18 1930 - -12050',
      'A 2 2024-02-20: 22 7010 456 900719925474099, 23 2440 - -900719925474099',
    ]);
    // The third voucher repeats A 2: refused, with its line.
    expect(expected.result.problems.map((problem) => problem.line)).toEqual([25]);
    const first = await inThread('cp437');
    expect(first.vouchers).toEqual(expected.vouchers);
    expect(first.result).toEqual(expected.result);
    // The same worker, in another encoding: as this thread reads the file in it.
    const second = await inThread('windows-1252');
    const secondHere = here('windows-1252');
    expect(second.vouchers).toEqual(secondHere.vouchers);
    expect(second.result).toEqual(secondHere.result);
    expect(second.result.encoding).toBe('windows-1252');
    expect(second.threadId).toBe(first.threadId);
  });

  it('tells the load of an error in the worker, and does not keep that worker', async () => {
    const broken = new LedgerReaderThread({ encoding: 'no-such-encoding' as 'cp437', dimension: 1 });
    threads.push(broken);
    const failed = broken.threadId;
    const error = await broken.chunk(FILE).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/no-such-encoding/);
    expect((error as Error).stack).toMatch(/in the ledger reader's thread/);
    await expect(broken.end()).rejects.toThrow();
    broken.release();
    const after = await inThread('cp437');
    expect(after.threadId).not.toBe(failed);
    expect(after.vouchers).toHaveLength(2);
  });
});
