/**
 * #KSUMMA, SIE 4B chapter 10. CRC-32 with the reversed polynomial EDB88320, preset to FFFFFFFF and inverted at
 * the end (10.11–10.13): the common CRC-32, so crc32("123456789") is CBF43926. What is summed (10.14): every
 * record after the opening #KSUMMA up to the closing one; of each record its label and its fields, without the
 * blanks between fields, the quotes around them and the braces around object lists and voucher blocks; an
 * escaped quote \" counts as the quote alone; each character by its value in CP437.
 *
 * Two points the spec leaves open, both accepted either way rather than refusing good files:
 * - Whether the label's "#" is summed. The spec says the label is ("postetiketter"), and a label includes its
 *   "#" (5.3), but its worked example (10.15) marks the summed characters by underlining, which copies of the
 *   spec do not keep. The sum with "#" is the one reported; the sum without it is accepted too.
 * - Files that are not CP437 although SIE says they must be: a UTF-8 or Windows-1252 file may have been summed
 *   by CP437 value, as 10.14 says, or over the bytes as they stand in the file. Both are accepted.
 */
import { cp437Byte } from './cp437.ts';
import type { SieField } from './tokenizer.ts';
import type { SieEncoding } from './types.ts';
import { isDigits } from './values.ts';

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let crc = n;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
    table[n] = crc >>> 0;
  }
  return table;
})();

/** The running CRC (before the final inversion) after one more byte. */
function crcByte(crc: number, byte: number): number {
  return ((crc >>> 8) ^ (CRC_TABLE[(crc ^ byte) & 0xff] as number)) >>> 0;
}

/** CRC-32 of bytes, as the spec's C example computes it. */
export function crc32(bytes: Iterable<number>): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = crcByte(crc, byte);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A #KSUMMA value: a 32-bit integer, written unsigned or (by some programs) signed. */
export function parseChecksum(value: string): number | null {
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  if (!isDigits(digits) || digits.length > 10) {
    return null;
  }
  const number = negative ? -Number(digits) : Number(digits);
  if (number < -0x80000000 || number > 0xffffffff) {
    return null;
  }
  return number < 0 ? number + 0x100000000 : number;
}

/** The bytes of a character as the file holds them, for the "bytes as they stand" reading. */
function fileBytes(encoding: SieEncoding, text: string, i: number, out: number[]): number {
  const code = text.codePointAt(i) as number;
  out.length = 0;
  if (encoding === 'cp437') {
    out.push(cp437Byte(code));
  } else if (encoding === 'windows-1252') {
    out.push(WINDOWS_1252.get(code) ?? -1);
  } else if (code < 0x80) {
    out.push(code);
  } else if (code < 0x800) {
    out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
  } else if (code < 0x10000) {
    out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  } else {
    out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return code > 0xffff ? 2 : 1;
}

/** Character → byte in Windows-1252, for the bytes above 0x7F. */
const WINDOWS_1252: ReadonlyMap<number, number> = (() => {
  const bytes = Uint8Array.from({ length: 128 }, (_, i) => 128 + i);
  const decoded = new TextDecoder('windows-1252').decode(bytes);
  return new Map(Array.from(decoded, (char, i) => [char.codePointAt(0) as number, 128 + i]));
})();

/** The variants summed side by side: [by CP437 value, by file byte] × [label with "#", without]. */
const CP437_WITH_HASH = 0;
const CP437_WITHOUT_HASH = 1;
const FILE_WITH_HASH = 2;
const FILE_WITHOUT_HASH = 3;

export class SieChecksum {
  private readonly crc = [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];
  /** A character CP437 cannot hold: the CP437 variants can then match nothing. */
  private outsideCp437 = false;
  private readonly scratch: number[] = [];

  constructor(private readonly encoding: SieEncoding) {}

  /** Adds a record: fields[0] is its label. */
  addRecord(fields: readonly SieField[]): void {
    fields.forEach((field, index) => {
      if (typeof field === 'string') {
        this.addText(field, index === 0);
      } else {
        for (const item of field) {
          this.addText(item, false);
        }
      }
    });
  }

  /** The checksum with the label's "#" summed, by CP437 value: the spec's reading. */
  value(): number {
    return this.final(this.outsideCp437 ? FILE_WITH_HASH : CP437_WITH_HASH);
  }

  /** True when the declared checksum matches any accepted reading. */
  matches(declared: number): boolean {
    const variants = [CP437_WITH_HASH, CP437_WITHOUT_HASH, FILE_WITH_HASH, FILE_WITHOUT_HASH];
    return variants.some((variant) => {
      const cp437 = variant === CP437_WITH_HASH || variant === CP437_WITHOUT_HASH;
      return !(cp437 && this.outsideCp437) && this.final(variant) === declared;
    });
  }

  private final(variant: number): number {
    return ((this.crc[variant] as number) ^ 0xffffffff) >>> 0;
  }

  private addText(text: string, isLabel: boolean): void {
    const crc = this.crc;
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      const skipHash = isLabel && i === 0 && code === 35;
      if (code < 0x80) {
        for (let variant = 0; variant < 4; variant++) {
          if (!(skipHash && (variant === CP437_WITHOUT_HASH || variant === FILE_WITHOUT_HASH))) {
            crc[variant] = crcByte(crc[variant] as number, code);
          }
        }
        i++;
        continue;
      }
      const cp437 = cp437Byte(code);
      if (cp437 < 0) {
        this.outsideCp437 = true;
      } else {
        crc[CP437_WITH_HASH] = crcByte(crc[CP437_WITH_HASH] as number, cp437);
        crc[CP437_WITHOUT_HASH] = crcByte(crc[CP437_WITHOUT_HASH] as number, cp437);
      }
      const units = fileBytes(this.encoding, text, i, this.scratch);
      for (const byte of this.scratch) {
        if (byte < 0) {
          continue;
        }
        crc[FILE_WITH_HASH] = crcByte(crc[FILE_WITH_HASH] as number, byte);
        crc[FILE_WITHOUT_HASH] = crcByte(crc[FILE_WITHOUT_HASH] as number, byte);
      }
      i += units;
    }
  }
}
