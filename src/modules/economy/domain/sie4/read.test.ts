import { describe, expect, it } from 'vitest';
import { DECLARATIONS, encode, lines } from './fixtures.ts';
import { detectEncoding, readSie4 } from './read.ts';
import type { SieVoucher } from './types.ts';

const FILE = encode(
  lines(DECLARATIONS, '#VER A 1 20240110', '{', '#TRANS 7010 {1 "456"} 5', '#TRANS 1930 {} -5', '}'),
  'cp437',
);

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    yield bytes.subarray(at, at + size);
  }
}

describe('readSie4', () => {
  it('streams the file twice, once to detect its encoding and once to read it', async () => {
    let opened = 0;
    const vouchers: SieVoucher[] = [];
    const result = await readSie4(
      () => {
        opened++;
        return chunks(FILE, 17);
      },
      { onVoucher: (voucher) => vouchers.push(voucher) },
    );
    expect(opened).toBe(2);
    expect(result).toMatchObject({
      encoding: 'cp437',
      problems: [],
      totals: { vouchers: 1, transactions: 2 },
    });
    expect(result.header?.accounts.get('7010')?.name).toBe('Lön, övertid');
    expect(vouchers).toHaveLength(1);
  });

  it('does not read a file whose encoding is refused', async () => {
    let opened = 0;
    const binary = Uint8Array.from([0x23, 0x00, 0x01]);
    const result = await readSie4(
      () => {
        opened++;
        return [binary];
      },
      { onVoucher: () => {} },
    );
    expect(opened).toBe(1);
    expect(result).toMatchObject({ encoding: null, header: null, problems: [{ line: 1 }] });
  });
});

describe('detectEncoding', () => {
  it('tells the encoding or the problem', async () => {
    expect(await detectEncoding(chunks(FILE, 5))).toEqual({ encoding: 'cp437', bom: false });
    expect(await detectEncoding([new Uint8Array(0)])).toEqual({
      problem: { line: null, message: 'Filen är tom.' },
    });
  });
});
