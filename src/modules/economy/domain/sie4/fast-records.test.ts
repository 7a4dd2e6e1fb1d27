/**
 * The fast path against the general reader: the same bytes read with the fast path on and off must give the
 * same vouchers, header, totals and problems, line for line and word for word. Lines the fast path takes,
 * lines it must leave to the general reader, and random mixes of both, in every encoding and however cut.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomFile } from '../../test/sie-arbitraries.ts';
import { cut, DECLARATIONS, encode, lines } from './fixtures.ts';
import { SieReader } from './reader.ts';
import type { SieEncoding, SieVoucher } from './types.ts';

interface Read {
  readonly vouchers: SieVoucher[];
  readonly problems: unknown;
  readonly header: unknown;
  readonly totals: unknown;
  readonly fastLines: number;
}

function read(chunks: readonly Uint8Array[], encoding: SieEncoding, fastPath: boolean): Read {
  const vouchers: SieVoucher[] = [];
  const reader = new SieReader(encoding, { onVoucher: (voucher) => vouchers.push(voucher), fastPath });
  for (const chunk of chunks) {
    reader.push(chunk);
  }
  reader.end();
  const { problems, header, totals, fastLines } = reader;
  return { vouchers, problems, header, totals, fastLines };
}

/** Reads the bytes both ways and expects the same; returns how many lines the fast path took. */
function expectSame(bytes: Uint8Array, encoding: SieEncoding, chunks = [bytes]): number {
  const fast = read(chunks, encoding, true);
  const general = read(chunks, encoding, false);
  expect(general.fastLines).toBe(0);
  expect(fast.problems).toEqual(general.problems);
  expect(fast.vouchers).toEqual(general.vouchers);
  expect(fast.header).toEqual(general.header);
  expect(fast.totals).toEqual(general.totals);
  return fast.fastLines;
}

const file = (...rows: string[]) =>
  lines(DECLARATIONS, '#VER A 1 20240110 "Lön januari" 20240111', '{', ...rows, '}');

/** Rows the fast path reads itself: each balanced by a counter row so the voucher is delivered. */
const FAST_ROWS: Record<string, string> = {
  plain: '#TRANS 7010 {1 "456"} 100.50',
  'bare object code': '#TRANS 7010 {1 456} 100.50',
  'quoted dimension and object': '#TRANS 7010 {"1" "457"} 100.50',
  'items without blanks': '#TRANS 7010 {1"456"} 100.50',
  'empty object list': '#TRANS 7010 {} 100.50',
  'object list with a blank': '#TRANS 7010 { } 100.50',
  'object list with a tab': '#TRANS 7010 {\t} 100.50',
  'tabs and runs of spaces': '\t  #TRANS \t7010\t\t{1   "456"}    100.50  \t',
  'quoted account': '#TRANS "7010" {1 "456"} 100.50',
  'negative amount': '#TRANS 7010 {} -100.50',
  'one decimal': '#TRANS 7010 {} 100.5',
  'no decimals': '#TRANS 7010 {} 100',
  'leading zeros': '#TRANS 7010 {} 007.10',
  'minus zero': '#TRANS 7010 {} -0',
  'thirteen digits of kronor': '#TRANS 7010 {} 1234567890123.45',
  'a date of its own': '#TRANS 7010 {} 100.50 20240229',
  'an empty date': '#TRANS 7010 {} 100.50 "" "text"',
  'a text': '#TRANS 7010 {} 100.50 20240112 "Bank"',
  'a text with Swedish letters': '#TRANS 7010 {} 100.50 20240112 "Lön, övertid"',
  'a bare text': '#TRANS 7010 {} 100.50 20240112 Bank',
  'a quantity': '#TRANS 7010 {} 100.50 "" "" -12.5',
  'an empty quantity': '#TRANS 7010 {} 100.50 "" "" ""',
  'a signature and extra fields': '#TRANS 7010 {} 100.50 20240112 "x" 1 "sign" extra {1 2}',
  'no blank after the list': '#TRANS 7010 {1 "456"}100.50',
  'a backslash that escapes nothing': '#TRANS 7010 {} 100.50 20240112 "C:\\temp"',
};

/** Rows the fast path must leave to the general reader, problems and all. */
const GENERAL_ROWS: Record<string, string> = {
  'escaped quote in the text': '#TRANS 7010 {} 100.50 20240112 "a \\"b\\""',
  'non-ASCII object code': '#TRANS 7010 {1 "Sköla"} 100.50',
  'lower-case label': '#trans 7010 {} 100.50',
  'undeclared account': '#TRANS 3010 {} 100.50',
  'undeclared object': '#TRANS 7010 {1 "999"} 100.50',
  'odd object list': '#TRANS 7010 {1} 100.50',
  'repeated dimension': '#TRANS 7010 {1 "456" 1 "457"} 100.50',
  'no object list': '#TRANS 7010 100.50',
  'no amount': '#TRANS 7010 {}',
  'quoted amount': '#TRANS 7010 {} "100.50"',
  'decimal comma': '#TRANS 7010 {} 100,50',
  'three decimals': '#TRANS 7010 {} 100.505',
  'fourteen digits of kronor': '#TRANS 7010 {} 12345678901234.50',
  'too large': '#TRANS 7010 {} 12345678901234567',
  'date that does not exist': '#TRANS 7010 {} 100.50 20230229',
  'object list for a date': '#TRANS 7010 {} 100.50 {1 2}',
  'invalid quantity': '#TRANS 7010 {} 100.50 "" "" 1,5',
  'tab inside a text': '#TRANS 7010 {} 100.50 20240112 "a\tb"',
  'unterminated quote': '#TRANS 7010 {} 100.50 20240112 "abc',
  'unterminated object list': '#TRANS 7010 {1 "456" 100.50',
  'two object lists': '#TRANS 7010 {1 "456"} {1 "457"} 100.50',
  'a DEL character': '#TRANS 7010 {} 100.50 20240112 "a\u007fb"',
  'a C1 control character in a text': '#TRANS 7010 {} 100.50 20240112 "a\u0085b"',
  'a C1 control character in a bare text': '#TRANS 7010 {} 100.50 20240112 a\u0090b',
  'a non-ASCII signature': '#TRANS 7010 {} 100.50 20240112 "x" 1 "Åsa"',
};

const COUNTER = '#TRANS 1930 {} -100.50';

/** Whether the encoding has every character of the text (CP437 has no C1 controls, for one). */
function encodable(text: string, encoding: SieEncoding): boolean {
  try {
    encode(text, encoding);
    return true;
  } catch {
    return false;
  }
}

describe('the fast path reads the same as the general reader', () => {
  it.each(Object.entries(FAST_ROWS))('and reads itself: %s', (_name, row) => {
    const amount = /\{[^}]*\}\s*(-?[0-9.]+)/.exec(row)?.[1] ?? '0';
    const counter = amount.startsWith('-')
      ? `#TRANS 1930 {} ${amount.slice(1)}`
      : `#TRANS 1930 {} -${amount}`;
    const bytes = encode(file(row, counter), 'utf-8');
    const fastLines = expectSame(bytes, 'utf-8');
    // The #VER, both braces and both rows (#FLAGGA and the declarations are read by the general reader).
    expect(fastLines).toBe(5);
  });

  it.each(Object.entries(GENERAL_ROWS))('and leaves it to the general reader: %s', (_name, row) => {
    const bytes = encode(file(row, COUNTER), 'utf-8');
    expect(expectSame(bytes, 'utf-8')).toBe(4);
  });

  it.each<SieEncoding>(['cp437', 'utf-8', 'windows-1252'])(
    'in %s, with CRLF, a byte-order mark and however the bytes are cut',
    (encoding) => {
      const rows = [...Object.values(FAST_ROWS), ...Object.values(GENERAL_ROWS)].filter((row) =>
        encodable(row, encoding),
      );
      const text = file(...rows, COUNTER).replaceAll('\n', '\r\n');
      const body = encode(text, encoding);
      const bytes = encoding === 'utf-8' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
      expect(expectSame(bytes, encoding)).toBeGreaterThan(20);
      for (let at = 1; at < bytes.length; at += 13) {
        expectSame(bytes, encoding, cut(bytes, [at, at + 1, at + 2, at + 5]));
      }
    },
  );

  it('leaves #RTRANS pairs, an open #KSUMMA and the block of an unknown record to the general reader', () => {
    const text = lines(
      DECLARATIONS.slice(0, 1),
      '#KSUMMA',
      DECLARATIONS.slice(1),
      '#VER A 1 20240110',
      '{',
      '#RTRANS 7010 {} 5',
      '#TRANS 7010 {} 5',
      '#TRANS 1930 {} -5',
      '}',
      '#KSUMMA 123',
      '#FRAMTIDA',
      '{',
      '#VER A 2 20240110',
      '}',
    );
    // Only the { of the unknown record, once the checksum is closed, is left for the fast path.
    expect(expectSame(encode(text, 'utf-8'), 'utf-8')).toBe(1);
  });

  it('keeps the voucher heads as the general reader does, duplicates and import files included', () => {
    const text = lines(
      DECLARATIONS,
      ['#VER A 1 20240110 "Lön" 20240111', '{', '}'],
      ['#VER A 1 20240110', '{', '}'],
      ['#VER "" "" 20240110 "Import"', '{', '}'],
      ['#VER B 7 "20240110" Bare 20240110 "sign"', '{', '}'],
      ['#VER B 8 20240231', '{', '}'],
      ['#VER B 9', '{', '}'],
      ['#VER B 10 20240110 "x" 20241332', '{', '}'],
      ['#VER B 11 20240110', '#TRANS 1930 {} 0', '{', '}'],
      ['#VER B 12 20240110 "a\u0085b"', '{', '}'],
      ['#VER C\u0090 13 20240110', '{', '}'],
    );
    expectSame(encode(text, 'utf-8'), 'utf-8');
  });
});

describe('random lines, read both ways', () => {
  it('give the same result in every encoding, however cut', () => {
    fc.assert(
      fc.property(randomFile, ({ bytes, encoding, chunks }) => {
        expectSame(bytes, encoding, chunks);
      }),
      { numRuns: 300 },
    );
  });
});
