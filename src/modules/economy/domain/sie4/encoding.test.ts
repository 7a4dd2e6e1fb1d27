import { describe, expect, it } from 'vitest';
import { CP437_HIGH } from './cp437.ts';
import { decoderFor, EncodingDetector, type EncodingResult, lineDecoderFor } from './encoding.ts';
import { cut, encode, HEADER, readText } from './fixtures.ts';

function detect(...chunks: (readonly number[] | Uint8Array)[]): EncodingResult {
  const detector = new EncodingDetector();
  for (const chunk of chunks) {
    // A Uint8Array as it is, at its own offset into its buffer (words are read where aligned).
    detector.push(chunk instanceof Uint8Array ? chunk : Uint8Array.from(chunk));
  }
  return detector.result();
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** "Lön, övertid" as each encoding writes it. */
const LON = {
  cp437: [0x4c, 0x94, 0x6e, 0x2c, 0x20, 0x94, 0x76, 0x65, 0x72, 0x74, 0x69, 0x64],
  'windows-1252': [0x4c, 0xf6, 0x6e, 0x2c, 0x20, 0xf6, 0x76, 0x65, 0x72, 0x74, 0x69, 0x64],
  'utf-8': [0x4c, 0xc3, 0xb6, 0x6e, 0x2c, 0x20, 0xc3, 0xb6, 0x76, 0x65, 0x72, 0x74, 0x69, 0x64],
};

describe('CP437 table', () => {
  it('has the Swedish letters where IBM put them', () => {
    const letter = (byte: number) => String.fromCharCode(CP437_HIGH[byte - 0x80] as number);
    expect([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82].map(letter).join('')).toBe('åäöÅÄÖé');
    expect(letter(0x9c) + letter(0xe1) + letter(0xf8) + letter(0xff)).toBe('£ß°\u00a0');
    expect(new Set(CP437_HIGH).size).toBe(128);
  });

  it('matches the encoder the tests use', () => {
    expect([...encode('Lön, övertid', 'cp437')]).toEqual(LON.cp437);
    expect([...encode('Lön, övertid', 'windows-1252')]).toEqual(LON['windows-1252']);
    expect([...encode('Lön, övertid', 'utf-8')]).toEqual(LON['utf-8']);
  });
});

describe('a Swedish account name in each encoding comes out right or the file is refused', () => {
  const file = (name: number[], bom = false) =>
    Uint8Array.from([
      ...(bom ? [0xef, 0xbb, 0xbf] : []),
      ...ascii(`${HEADER.join('\n')}\n#KONTO 7011 "`),
      ...name,
      ...ascii('"\r\n'),
    ]);
  const nameOf = (bytes: Uint8Array) => readText(bytes).header?.accounts.get('7011')?.name;

  it.each([
    ['cp437', false],
    ['windows-1252', false],
    ['utf-8', false],
    ['utf-8', true],
  ] as const)('%s (byte-order mark: %s)', (encoding, bom) => {
    const bytes = file([...LON[encoding]], bom);
    expect(detect(bytes)).toEqual({ encoding, bom, problem: null });
    expect(readText(bytes).problems).toEqual([]);
    expect(nameOf(bytes)).toBe('Lön, övertid');
  });

  it('detects UTF-8 although the file says #FORMAT PC8', () => {
    const bytes = file([...LON['utf-8']]);
    expect(new TextDecoder().decode(bytes)).toContain('#FORMAT PC8');
    expect(readText(bytes).encoding).toBe('utf-8');
  });

  it('refuses a file with Swedish letters of both CP437 and Windows-1252', () => {
    const bytes = file([...LON.cp437, 0x20, ...LON['windows-1252']]);
    const result = readText(bytes);
    expect(result.encoding).toBeNull();
    expect(result.problems).toEqual([{ line: 8, message: expect.stringContaining('går inte att avgöra') }]);
    expect(result.header).toBeNull();
  });

  it('refuses UTF-8 mixed with a stray single-byte letter rather than misreading both', () => {
    const result = readText(file([...LON['utf-8'], 0x20, 0xf6]));
    expect(result.problems[0]?.message).toMatch(/både UTF-8-tecken och byte som inte är giltig UTF-8/);
  });
});

describe('EncodingDetector', () => {
  it('calls pure ASCII CP437, the encoding SIE prescribes', () => {
    expect(detect(ascii('#FLAGGA 0\n'))).toEqual({ encoding: 'cp437', bom: false, problem: null });
  });

  it('decides on bytes split between chunks anywhere', () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...ascii('#FNAMN "'),
      0xc3,
      0xb6,
      0xe2,
      0x82,
      0xac,
      0x22,
    ]);
    for (let at = 1; at < bytes.length; at++) {
      expect(detect(...cut(bytes, [at]))).toEqual({ encoding: 'utf-8', bom: true, problem: null });
    }
  });

  it('sees every byte value wherever it stands in a word of plain ASCII, as it does a byte at a time', () => {
    // Plain text is skipped four bytes at a time where aligned; one byte at a time (chunks of one byte) it
    // never is, so that is the reference. Every byte value, at every place in the words and every alignment.
    const text = ascii('#VER A 1 20240115 "Porto och frakt"\n#TRANS 6250 {} 120.50\n');
    for (let byte = 0; byte < 256; byte++) {
      for (let at = 3; at < 11; at++) {
        const bytes = [...text.slice(0, at), byte, ...text.slice(at)];
        const oneByOne = detect(...bytes.map((value) => [value]));
        for (let offset = 0; offset < 4; offset++) {
          const buffer = new Uint8Array(offset + bytes.length);
          buffer.set(bytes, offset);
          expect(detect(buffer.subarray(offset)), `byte ${byte} at ${at}, offset ${offset}`).toEqual(
            oneByOne,
          );
        }
      }
    }
  });

  it('takes Windows-1252 from letters that only it has, such as ü alone', () => {
    expect(detect([...ascii('M'), 0xfc, ...ascii('ller\n')]).encoding).toBe('windows-1252');
  });

  it('refuses a CP437 file with a box-drawing sign among its letters', () => {
    const result = detect([0x94, 0x20, 0xb3, 0x0a]);
    expect(result.encoding).toBeNull();
    expect(result.problem?.message).toContain('0xB3');
  });

  it('refuses bytes that fit neither encoding, and bytes that do not decide', () => {
    expect(detect([...ascii('a\n'), 0xb3, 0x90]).problem).toEqual({
      line: 2,
      message: expect.stringContaining('vare sig CP437 (PC8) eller Windows-1252'),
    });
    expect(detect([0xe1, 0x0a]).problem?.message).toContain('inga å, ä eller ö');
  });

  it('refuses invalid UTF-8 after a byte-order mark', () => {
    expect(detect([0xef, 0xbb, 0xbf, 0x0a, 0xc3, 0x28]).problem).toEqual({
      line: 2,
      message: expect.stringContaining('UTF-8-markering'),
    });
    expect(detect([0xef, 0xbb, 0xbf, 0xc3]).problem?.message).toContain('UTF-8-markering');
  });

  it('refuses C1 control characters in UTF-8', () => {
    expect(detect([...ascii('a\n'), 0xc2, 0x85]).problem).toEqual({
      line: 2,
      message: expect.stringContaining('styrtecknet 0x85'),
    });
  });

  it('refuses control bytes as not a SIE file, with the line', () => {
    expect(detect(ascii('#FLAGGA 0\n#PROGRAM x\n'), [0x00, 0x01]).problem).toEqual({
      line: 3,
      message: expect.stringContaining('inte en SIE-fil'),
    });
    expect(detect([0x7f]).problem?.message).toContain('0x7F');
  });

  it('forgives a DOS end-of-file mark as the very last byte only', () => {
    expect(detect(ascii('#FLAGGA 0\r\n'), [0x1a]).problem).toBeNull();
    expect(detect(ascii('#FLAGGA 0\r\n'), [0x1a], ascii('x')).problem?.message).toContain('0x1A');
  });

  it('calls an empty file empty', () => {
    expect(detect().problem).toEqual({ line: null, message: 'Filen är tom.' });
    expect(detect([0xef, 0xbb, 0xbf]).problem).toEqual({ line: null, message: 'Filen är tom.' });
  });
});

describe('decoderFor', () => {
  it('decodes CP437 by the table', () => {
    expect(decoderFor('cp437').decode(Uint8Array.from(LON.cp437))).toBe('Lön, övertid');
  });

  it('carries a UTF-8 character split between chunks and drops the byte-order mark', () => {
    const decoder = decoderFor('utf-8');
    const first = decoder.decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x4c, 0xc3]));
    expect(first + decoder.decode(Uint8Array.from([0xb6, 0x6e])) + decoder.end()).toBe('Lön');
  });

  it('throws on bytes that are not UTF-8 instead of inventing characters', () => {
    expect(() => decoderFor('utf-8').decode(Uint8Array.from([0x4c, 0xf6, 0x6e]))).toThrow();
  });
  it('decodes a CP437 field or line alone as the whole file gives it, short or long', () => {
    const every = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    const whole = decoderFor('cp437').decode(every);
    const line = lineDecoderFor('cp437');
    for (const [start, end] of [
      [0, 0],
      [0, 1],
      [120, 140],
      [128, 192],
      [100, 165],
      [0, 256],
      [200, 256],
    ]) {
      expect(line(every, start as number, end as number)).toBe(whole.slice(start, end));
    }
    expect(line(Uint8Array.from(LON.cp437), 0, LON.cp437.length)).toBe('Lön, övertid');
  });
});
