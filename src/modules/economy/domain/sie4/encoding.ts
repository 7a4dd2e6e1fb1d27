/**
 * Which encoding a SIE file is in. SIE 4B 5.8 and #FORMAT PC8 say CP437, but programs write UTF-8 and
 * Windows-1252 too, often still under "#FORMAT PC8", so the label cannot be trusted and the bytes decide.
 * The whole file must be seen before deciding, hence two passes over the bytes: this detector, then the reader
 * with the encoding it found. When the bytes do not decide, the file is refused: a wrong guess would put
 * mojibake ("LÃ¶n", "L”n") into account names without anyone noticing.
 *
 * The rule, in order:
 * 1. Control bytes (0x00–0x1F except tab, CR and LF, and 0x7F) mean the file is not a SIE file (4B 5.7). One
 *    0x1A as the very last byte is forgiven: it is the end-of-file mark of old DOS programs, SIE's birthplace.
 * 2. A UTF-8 byte-order mark means UTF-8; the rest must then be valid UTF-8.
 * 3. No byte above 0x7F: ASCII, which reads the same in all three; reported as CP437, the spec's.
 * 4. Every byte above 0x7F part of a valid UTF-8 sequence: UTF-8. (Swedish CP437 and Windows-1252 text is
 *    never valid UTF-8 in practice: å ä ö are lone continuation bytes in CP437 and lone lead bytes in 1252.)
 *    Valid UTF-8 sequences mixed with invalid bytes: refused, the file mixes encodings.
 * 5. Otherwise a single-byte encoding, decided on the Swedish letters å ä ö Å Ä Ö é: 0x86 0x84 0x94 0x8F 0x8E
 *    0x99 0x82 in CP437, 0xE5 0xE4 0xF6 0xC5 0xC4 0xD6 0xE9 in Windows-1252. Letters of both kinds: refused.
 *    Letters of one kind: that encoding, provided every other byte above 0x7F is a letter or a common sign in
 *    it (box-drawing and Greek signs in CP437, unassigned bytes in 1252, are not), else refused. No Swedish
 *    letters: the encoding in which every byte is such a character, when exactly one is; else refused.
 */
import { Cp437Decoder } from './cp437.ts';
import { text } from './messages.ts';
import type { SieEncoding, SieProblem } from './types.ts';

/**
 * The encoding to read the file with, or the problem that refuses it. `bom` is true when the file starts with
 * a UTF-8 byte-order mark (the decoder drops it).
 */
export type EncodingResult =
  | { readonly encoding: SieEncoding; readonly bom: boolean; readonly problem: null }
  | { readonly encoding: null; readonly bom: boolean; readonly problem: SieProblem };

const SWEDISH_CP437 = [0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82];
const SWEDISH_1252 = [0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9];

/**
 * Bytes above 0x7F that can stand in accounting text, per encoding. In CP437: 0x80–0xAF (accented letters,
 * ¢ £ ¥, ¿ ¡ ½ ¼ « ») and ß µ ± ° · ² and the no-break space, not its box-drawing, Greek and mathematical
 * signs. In Windows-1252: every assigned byte (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned).
 */
const PLAUSIBLE_CP437 = byteSet([...range(0x80, 0xaf), 0xe1, 0xe6, 0xf1, 0xf8, 0xfa, 0xfd, 0xff]);
const PLAUSIBLE_1252 = byteSet(
  range(0x80, 0xff).filter((byte) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte)),
);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function byteSet(bytes: readonly number[]): Uint8Array {
  const set = new Uint8Array(256);
  for (const byte of bytes) {
    set[byte] = 1;
  }
  return set;
}

/** Per byte: bit 1 Swedish letter in CP437, bit 2 in 1252, bit 4 implausible in CP437, bit 8 in 1252. */
const CLASS = (() => {
  const table = new Uint8Array(256);
  for (let byte = 0x80; byte <= 0xff; byte++) {
    table[byte] = (PLAUSIBLE_CP437[byte] ? 0 : 4) | (PLAUSIBLE_1252[byte] ? 0 : 8);
  }
  for (const byte of SWEDISH_CP437) {
    table[byte] = (table[byte] as number) | 1;
  }
  for (const byte of SWEDISH_1252) {
    table[byte] = (table[byte] as number) | 2;
  }
  return table;
})();

const SUB = 0x1a;

/** First line (1-based) on which something was seen, 0 when never. */
interface Sightings {
  letter437: number;
  letter1252: number;
  strange437: number;
  strange437Byte: number;
  strange1252: number;
  strange1252Byte: number;
  highByte: number;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Whether all four bytes of a word are printable ASCII, 0x20–0x7E (the bit tricks of "Bit Twiddling Hacks":
 * a byte above 0x7E makes bit 7 of itself or of itself plus 1 set; a byte below 0x20 borrows when 0x20 is
 * subtracted, setting bit 7 where the byte's own is clear). Both tell only whether some byte is such, which
 * is all that is asked: a word they flag is read byte by byte.
 */
function isPrintableWord(word: number): boolean {
  return (((word + 0x01010101) | word | ((word - 0x20202020) & ~word)) & 0x80808080) === 0;
}

/** Sees the bytes of a file a chunk at a time, keeping only counters and a little UTF-8 state. */
export class EncodingDetector {
  private size = 0;
  private line = 1;
  /** True while the bytes so far are (the start of) a byte-order mark, and after a whole one. */
  private bomSoFar = true;
  private pendingSub = false;
  private control: { line: number; byte: number } | null = null;
  private readonly seen: Sightings = {
    letter437: 0,
    letter1252: 0,
    strange437: 0,
    strange437Byte: 0,
    strange1252: 0,
    strange1252Byte: 0,
    highByte: 0,
  };
  // UTF-8 validation: how many continuation bytes are still expected, and the range of the next one.
  private need = 0;
  private low = 0x80;
  private high = 0xbf;
  /** After a 0xC2 lead: a continuation below 0xA0 would make a C1 control character (U+0080–U+009F). */
  private afterC2 = false;
  private validSequences = 0;
  private invalidLine = 0;
  private c1Line = 0;
  private c1Code = 0;

  push(bytes: Uint8Array): void {
    const length = bytes.length;
    // The bytes as words, for skipPlain: bytes[i] is the byte `skew + i` of the words, which start at the word
    // boundary at or before bytes. Made once per chunk: skipPlain runs after every byte above 0x7E, and a
    // view made there was an object per Swedish letter (22 MB of garbage per million rows, measured).
    const skew = bytes.byteOffset & 3;
    const words = new Int32Array(bytes.buffer, bytes.byteOffset - skew, (skew + length) >> 2);
    let i = 0;
    while (i < length) {
      i = this.skipPlain(bytes, words, skew, i);
      if (i < length) {
        this.byte(bytes[i] as number);
        i++;
      }
    }
  }

  /**
   * Skips the bytes that tell nothing but where lines end – printable ASCII, tab, CR and LF – while no UTF-8
   * sequence or 0x1A waits for what follows: nearly all of a SIE file, in a loop that does nothing else.
   * Returns where it stopped, at a byte for byte().
   */
  private skipPlain(bytes: Uint8Array, words: Int32Array, skew: number, from: number): number {
    if (this.need > 0 || this.pendingSub || this.size < 3) {
      return from;
    }
    // Four bytes at a time where they are aligned: a word of printable ASCII (0x20–0x7E) is skipped whole,
    // anything else – a line feed, a tab, a CR among them – is looked at byte by byte below.
    const length = bytes.length;
    let line = this.line;
    let i = from;
    while (i < length) {
      if (((skew + i) & 3) === 0 && i + 4 <= length && isPrintableWord(words[(skew + i) >> 2] as number)) {
        i += 4;
        continue;
      }
      const byte = bytes[i] as number;
      if (byte === 10) {
        line++;
      } else if (byte >= 0x7f || (byte < 0x20 && byte !== 9 && byte !== 13)) {
        break;
      }
      i++;
    }
    this.size += i - from;
    this.line = line;
    return i;
  }

  private byte(byte: number): void {
    if (this.size < 3) {
      this.bomSoFar &&= byte === BOM[this.size];
    }
    this.size++;
    if (byte < 0x80) {
      this.ascii(byte);
    } else {
      this.nonAscii(byte);
    }
  }

  result(): EncodingResult {
    const bom = this.bomSoFar && this.size >= 3;
    const refuse = (line: number | null, message: string): EncodingResult => ({
      encoding: null,
      bom,
      problem: { line, message },
    });
    if (this.size === 0 || (bom && this.size === 3)) {
      return refuse(null, text.empty());
    }
    if (this.control) {
      return refuse(this.control.line, text.controlCharacter(this.control.line, this.control.byte));
    }
    const invalidLine = this.invalidLine || (this.need > 0 ? this.line : 0);
    if (bom || (this.seen.highByte > 0 && invalidLine === 0)) {
      if (invalidLine > 0) {
        return refuse(invalidLine, text.invalidUtf8AfterBom(invalidLine));
      }
      if (this.c1Line > 0) {
        return refuse(this.c1Line, text.controlCharacter(this.c1Line, this.c1Code));
      }
      return { encoding: 'utf-8', bom, problem: null };
    }
    if (this.seen.highByte === 0) {
      return { encoding: 'cp437', bom, problem: null };
    }
    if (this.validSequences > 0) {
      return refuse(invalidLine, text.mixedUtf8(invalidLine));
    }
    return singleByte(this.seen);
  }

  private ascii(byte: number): void {
    if (this.need > 0) {
      this.invalid();
    }
    if (this.pendingSub) {
      this.controlByte(SUB);
    }
    if (byte === 10) {
      this.line++;
    } else if (byte < 0x20 || byte === 0x7f) {
      if (byte === SUB) {
        this.pendingSub = true;
      } else if (byte !== 9 && byte !== 13) {
        this.controlByte(byte);
      }
    }
  }

  private controlByte(byte: number): void {
    this.pendingSub = false;
    this.control ??= { line: this.line, byte };
  }

  private nonAscii(byte: number): void {
    if (this.pendingSub) {
      this.controlByte(SUB);
    }
    this.countSingleByte(byte);
    if (byte <= 0xbf) {
      this.continuation(byte);
    } else {
      this.lead(byte);
    }
  }

  private countSingleByte(byte: number): void {
    const seen = this.seen;
    const kind = CLASS[byte] as number;
    seen.highByte ||= this.line;
    if (kind & 1) {
      seen.letter437 ||= this.line;
    }
    if (kind & 2) {
      seen.letter1252 ||= this.line;
    }
    if (kind & 4 && seen.strange437 === 0) {
      seen.strange437 = this.line;
      seen.strange437Byte = byte;
    }
    if (kind & 8 && seen.strange1252 === 0) {
      seen.strange1252 = this.line;
      seen.strange1252Byte = byte;
    }
  }

  private continuation(byte: number): void {
    if (this.need === 0 || byte < this.low || byte > this.high) {
      this.invalid();
      return;
    }
    if (this.afterC2 && byte < 0xa0) {
      if (this.c1Line === 0) {
        this.c1Line = this.line;
        this.c1Code = byte;
      }
    }
    this.afterC2 = false;
    this.low = 0x80;
    this.high = 0xbf;
    this.need--;
    if (this.need === 0) {
      this.validSequences++;
    }
  }

  /** A lead byte; the ranges are Unicode's well-formed UTF-8 (no overlong forms, no surrogates). */
  private lead(byte: number): void {
    if (this.need > 0) {
      this.invalid();
    }
    if (byte >= 0xc2 && byte <= 0xdf) {
      this.expect(1, 0x80, 0xbf);
      this.afterC2 = byte === 0xc2;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      this.expect(2, byte === 0xe0 ? 0xa0 : 0x80, byte === 0xed ? 0x9f : 0xbf);
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      this.expect(3, byte === 0xf0 ? 0x90 : 0x80, byte === 0xf4 ? 0x8f : 0xbf);
    } else {
      this.invalid();
    }
  }

  private expect(need: number, low: number, high: number): void {
    this.need = need;
    this.low = low;
    this.high = high;
    this.afterC2 = false;
  }

  private invalid(): void {
    this.need = 0;
    this.low = 0x80;
    this.high = 0xbf;
    this.afterC2 = false;
    this.invalidLine ||= this.line;
  }
}

/** Rule 5 of the module comment: CP437 or Windows-1252, decided on the Swedish letters. */
function singleByte(seen: Sightings): EncodingResult {
  const decided = (encoding: SieEncoding): EncodingResult => ({ encoding, bom: false, problem: null });
  const refuse = (line: number, message: string): EncodingResult => ({
    encoding: null,
    bom: false,
    problem: { line, message },
  });
  if (seen.letter437 > 0 && seen.letter1252 > 0) {
    return refuse(
      Math.max(seen.letter437, seen.letter1252),
      text.mixedLetters(seen.letter1252, seen.letter437),
    );
  }
  if (seen.letter437 > 0) {
    return seen.strange437 === 0
      ? decided('cp437')
      : refuse(seen.strange437, text.byteAgainstLetters(seen.strange437, seen.strange437Byte, 'CP437 (PC8)'));
  }
  if (seen.letter1252 > 0) {
    return seen.strange1252 === 0
      ? decided('windows-1252')
      : refuse(
          seen.strange1252,
          text.byteAgainstLetters(seen.strange1252, seen.strange1252Byte, 'Windows-1252'),
        );
  }
  if (seen.strange437 > 0 && seen.strange1252 === 0) {
    return decided('windows-1252');
  }
  if (seen.strange1252 > 0 && seen.strange437 === 0) {
    return decided('cp437');
  }
  if (seen.strange437 > 0) {
    const line = Math.min(seen.strange437, seen.strange1252);
    return refuse(
      line,
      text.strangeByte(line, line === seen.strange437 ? seen.strange437Byte : seen.strange1252Byte),
    );
  }
  return refuse(seen.highByte, text.undecidable(seen.highByte));
}

/** Turns the bytes of a file into text, a chunk at a time. */
export interface SieDecoder {
  /** Decodes a chunk; a character split between chunks comes out with the next one. */
  decode(bytes: Uint8Array): string;
  /** The end of the input: whatever an unfinished character left behind. */
  end(): string;
}

/** Decodes bytes[start, end) – a line, or a field of one – on its own. */
export type LineDecoder = (bytes: Uint8Array, start: number, end: number) => string;

/**
 * A decoder of single lines for an encoding the detector decided. In all three encodings a line break is the
 * byte 0x0A and never part of a character, so a line decodes alone to what the whole file gives for it, and
 * so does a field between ASCII quotes or blanks. The byte-order mark is kept (ignoreBOM): only the file's
 * very first one is dropped, by the reader. UTF-8 is not fatal here, as SieReader checks every chunk first.
 */
export function lineDecoderFor(encoding: SieEncoding): LineDecoder {
  if (encoding === 'cp437') {
    const cp437 = new Cp437Decoder();
    return (bytes, start, end) => cp437.decodeSpan(bytes, start, end);
  }
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return (bytes, start, end) => decoder.decode(bytes.subarray(start, end));
}

/**
 * A decoder for an encoding the detector decided. UTF-8 and Windows-1252 use the platform's TextDecoder; the
 * UTF-8 one is fatal, so bytes that are not UTF-8 throw instead of becoming U+FFFD, and it drops the
 * byte-order mark. CP437, which TextDecoder lacks, uses the table in cp437.ts.
 */
export function decoderFor(encoding: SieEncoding): SieDecoder {
  if (encoding === 'cp437') {
    const cp437 = new Cp437Decoder();
    return { decode: (bytes) => cp437.decode(bytes), end: () => '' };
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  return {
    decode: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}
