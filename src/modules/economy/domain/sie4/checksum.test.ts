import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './checksum.ts';
import { encode, readText } from './fixtures.ts';

const bytes = (text: string) => encode(text, 'cp437');

describe('crc32, the spec’s algorithm (SIE 4B 10.11–10.13)', () => {
  it('gives the standard check value', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
  });

  it('agrees with zlib on any bytes', () => {
    const sample = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256);
    expect(crc32(sample)).toBe(zlibCrc32(sample));
  });
});

/** The records of a checksummed file; `{`, `}` and blank lines are left out of the sum by rule. */
const RECORDS = [
  '#PROGRAM "Verksam test" 1.0',
  '#FORMAT PC8',
  '#GEN 20240105',
  '#SIETYP 4',
  '#FNAMN "Testkommunen"',
  '#KONTO 1915 "Kassa \\"special\\""',
  '#KONTO 7010 "Lön"',
  '#DIM 1 "Kostnadsställe"',
  '#OBJEKT 1 "456" "Skolan"',
  '#VER A 1 20240110 "Lön"',
  '{',
  '#TRANS 7010 {1 "456"} 13200.00',
  '#TRANS 1915 {} -13200.00',
  '}',
];

/** What 4B 10.14 sums for RECORDS, written out by hand: labels and fields, no blanks, quotes or braces. */
const SUMMED =
  '#PROGRAMVerksam test1.0' +
  '#FORMATPC8' +
  '#GEN20240105' +
  '#SIETYP4' +
  '#FNAMNTestkommunen' +
  '#KONTO1915Kassa "special"' +
  '#KONTO7010Lön' +
  '#DIM1Kostnadsställe' +
  '#OBJEKT1456Skolan' +
  '#VERA120240110Lön' +
  '#TRANS70101456' +
  '13200.00' +
  '#TRANS1915-13200.00';

function file(records: readonly string[], checksum: number | string | null, eol = '\r\n'): Uint8Array {
  const closing = checksum === null ? [] : [`#KSUMMA ${checksum}`];
  return bytes(['#FLAGGA 0', '#KSUMMA', ...records, ...closing].join(eol) + eol);
}

describe('#KSUMMA', () => {
  const expected = zlibCrc32(bytes(SUMMED));

  it('accepts a file whose checksum matches, summed as 4B 10.14 says', () => {
    const result = readText(file(RECORDS, expected));
    expect(result.problems).toEqual([]);
    expect(result.header?.checksum).toBe(expected);
    expect(result.vouchers).toHaveLength(1);
  });

  it('does not count blanks, tabs or the spelling of an empty object list', () => {
    const spaced = RECORDS.map(
      (record) =>
        `  ${record
          .replace(/^(#[A-Z]+) /, '$1 \t  ')
          .replace('{}', '{ }')
          .replace('} ', '}\t\t')}\t`,
    );
    expect(readText(file(spaced, expected, '\n')).problems).toEqual([]);
  });

  it('accepts the checksum written as a signed 32-bit number, and one summed without the labels’ #', () => {
    expect(readText(file(RECORDS, expected - 2 ** 32)).problems).toEqual([]);
    const withoutHash = zlibCrc32(bytes(SUMMED.replaceAll('#', '')));
    expect(readText(file(RECORDS, withoutHash)).problems).toEqual([]);
  });

  it('accepts a UTF-8 file summed by CP437 value, as the spec says, or over its own bytes', () => {
    const utf8 = (checksum: number) =>
      new TextEncoder().encode(['#FLAGGA 0', '#KSUMMA', ...RECORDS, `#KSUMMA ${checksum}`, ''].join('\n'));
    expect(readText(utf8(expected))).toMatchObject({ encoding: 'utf-8', problems: [] });
    expect(readText(utf8(zlibCrc32(new TextEncoder().encode(SUMMED)))).problems).toEqual([]);
  });

  it('refuses a file changed after the checksum was made', () => {
    const changed = RECORDS.map((record) => record.replace('13200.00', '13300.00'));
    const result = readText(file(changed, expected));
    expect(result.problems).toEqual([
      { line: 17, message: expect.stringContaining(`kontrollsumman stämmer inte (filen anger ${expected}`) },
    ]);
  });

  it('refuses a file cut short: an opening #KSUMMA without the closing one', () => {
    const result = readText(file(RECORDS, null));
    expect(result.problems).toEqual([{ line: 2, message: expect.stringContaining('Filen är avkortad') }]);
  });

  it('refuses a closing #KSUMMA without an opening one, and records after the closing one', () => {
    const noStart = bytes(['#FLAGGA 0', ...RECORDS, `#KSUMMA ${expected}`].join('\n'));
    expect(readText(noStart).problems).toEqual([
      { line: 16, message: expect.stringContaining('ingen inledande') },
    ]);
    const after = bytes(
      ['#FLAGGA 0', '#KSUMMA', ...RECORDS, `#KSUMMA ${expected}`, '#PROSA "sent"'].join('\n'),
    );
    expect(readText(after).problems).toEqual([
      { line: 18, message: expect.stringContaining('efter den avslutande') },
    ]);
  });

  it('refuses a checksum that is no 32-bit number', () => {
    expect(readText(file(RECORDS, 'abc')).problems[0]).toMatchObject({ line: 17 });
    expect(readText(file(RECORDS, 2 ** 32)).problems[0]?.message).toContain('32-bitars');
  });
});
