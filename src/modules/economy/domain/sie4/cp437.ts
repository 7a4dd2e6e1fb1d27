import { stringOfBytes } from './char-codes.ts';

/**
 * Code page 437 ("IBM PC 8-bit", SIE's #FORMAT PC8), bytes 0x80–0xFF. Written out by hand because the WHATWG
 * Encoding Standard, which TextDecoder implements in Node and in browsers alike, has no cp437, and this code
 * must stay free of npm dependencies. Bytes 0x00–0x7F are ASCII. Source: the Unicode Consortium's mapping
 * table CP437.TXT; the test checks a few letters against it.
 */
// biome-ignore format: sixteen code points per row, one row per high nibble, so a byte is easy to look up
export const CP437_HIGH: readonly number[] = [
  0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5, // 8x
  0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9, 0x00ff, 0x00d6, 0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192, // 9x
  0x00e1, 0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb, // Ax
  0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255d, 0x255c, 0x255b, 0x2510, // Bx
  0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f, 0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, // Cx
  0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580, // Dx
  0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4, 0x221e, 0x03c6, 0x03b5, 0x2229, // Ex
  0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248, 0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0, // Fx
];

/** Byte → UTF-16 code unit for all 256 bytes (every CP437 character is in the Basic Multilingual Plane). */
const TO_UNICODE: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 128; byte++) {
    table[byte] = byte;
  }
  CP437_HIGH.forEach((codePoint, index) => {
    table[128 + index] = codePoint;
  });
  return table;
})();

const FROM_UNICODE: ReadonlyMap<number, number> = new Map(
  CP437_HIGH.map((codePoint, index) => [codePoint, 128 + index]),
);

/** The CP437 byte of a character, or -1 when CP437 has none. */
export function cp437Byte(codeUnit: number): number {
  return codeUnit < 128 ? codeUnit : (FROM_UNICODE.get(codeUnit) ?? -1);
}

/** Up to this many bytes, a span is decoded by String.fromCharCode, not by a call into the platform's decoder. */
const SHORT_SPAN = 64;

/**
 * Decodes CP437 a chunk at a time. The bytes are mapped to UTF-16 code units and turned into a string by the
 * platform's UTF-16 decoder, so no string is built character by character.
 */
export class Cp437Decoder {
  private readonly utf16 = new TextDecoder('utf-16le');
  private buffer = new Uint16Array(0);

  /**
   * Decodes bytes[start, end): a field or a line. A field is short, and a call into TextDecoder costs more than
   * its characters do (a voucher text like "Leverantörsfaktura": a third of the time), so a short span is
   * made by stringOfBytes.
   */
  decodeSpan(bytes: Uint8Array, start: number, end: number): string {
    return end - start > SHORT_SPAN
      ? this.decode(bytes.subarray(start, end))
      : stringOfBytes(bytes, start, end, TO_UNICODE);
  }

  decode(bytes: Uint8Array): string {
    if (this.buffer.length < bytes.length) {
      this.buffer = new Uint16Array(bytes.length);
    }
    const units = this.buffer;
    for (let i = 0; i < bytes.length; i++) {
      units[i] = TO_UNICODE[bytes[i] as number] as number;
    }
    return this.utf16.decode(units.subarray(0, bytes.length));
  }
}

/** Text as CP437 bytes, for writing a SIE file in the specification's own encoding. */
export function encodeCp437(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const byte = cp437Byte(text.charCodeAt(index));
    if (byte < 0) {
      throw new Error(`CP437 has no ${JSON.stringify(text[index])}`);
    }
    bytes[index] = byte;
  }
  return bytes;
}
