/**
 * Helpers for the SIE 4 tests: a valid header, encoders for the three encodings, and a reader of whole files
 * that collects what onVoucher is given. Kept apart from the reader, which needs none of it.
 */
import { cp437Byte } from './cp437.ts';
import { readSie4Bytes, type SieReadResult } from './read.ts';
import type { SieEncoding, SieVoucher } from './types.ts';

/** The identification records every test file starts with. */
export const HEADER: readonly string[] = [
  '#FLAGGA 0',
  '#PROGRAM "Verksam test" 1.0',
  '#FORMAT PC8',
  '#GEN 20240105',
  '#SIETYP 4',
  '#FNAMN "Testkommunen"',
  '#RAR 0 20240101 20241231',
];

/** A header and a chart of accounts with the accounts most tests use, and cost centre 1 with two objects. */
export const DECLARATIONS: readonly string[] = [
  ...HEADER,
  '#KONTO 1930 "Bank"',
  '#KONTO 2440 "Leverantörsskulder"',
  '#KONTO 6250 "Porto"',
  '#KONTO 7010 "Lön, övertid"',
  '#DIM 1 "Kostnadsställe"',
  '#OBJEKT 1 "456" "Skolan"',
  '#OBJEKT 1 "457" "Förskolan"',
];

export function lines(...parts: readonly (string | readonly string[])[]): string {
  return `${parts.flat().join('\n')}\n`;
}

const WINDOWS_1252: ReadonlyMap<string, number> = (() => {
  const decoded = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  return new Map(Array.from(decoded, (char, i) => [char, 128 + i]));
})();

/** The text as bytes in an encoding; 'utf-8-bom' puts a byte-order mark first. */
export function encode(text: string, encoding: SieEncoding | 'utf-8-bom'): Uint8Array {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    const body = new TextEncoder().encode(text);
    return encoding === 'utf-8' ? body : Uint8Array.from([0xef, 0xbb, 0xbf, ...body]);
  }
  return Uint8Array.from(Array.from(text), (char) => {
    const code = char.charCodeAt(0);
    const byte = encoding === 'cp437' ? cp437Byte(code) : code < 128 ? code : (WINDOWS_1252.get(char) ?? -1);
    if (byte < 0) {
      throw new Error(`${char} has no byte in ${encoding}`);
    }
    return byte;
  });
}

export interface ReadOutcome extends SieReadResult {
  readonly vouchers: SieVoucher[];
}

/** Reads a whole file (text is written as UTF-8, which is ASCII for ASCII text). */
export function readText(file: string | Uint8Array, maxProblems?: number): ReadOutcome {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const vouchers: SieVoucher[] = [];
  const result = readSie4Bytes(bytes, { onVoucher: (voucher) => vouchers.push(voucher), maxProblems });
  return { ...result, vouchers };
}

/** The bytes cut at the given offsets. */
export function cut(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const points = [...new Set(offsets.filter((offset) => offset > 0 && offset < bytes.length))].sort(
    (a, b) => a - b,
  );
  return [0, ...points].map((start, i) => bytes.subarray(start, points[i] ?? bytes.length));
}
