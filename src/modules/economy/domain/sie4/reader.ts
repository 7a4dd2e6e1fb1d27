/**
 * The SIE 4 reader, written from "SIE filformat, utgåva 4B" (2008-09-30), whose section numbers the comments
 * cite; edition 4C (2025-08-06) was not at hand, but is described as keeping 4B's records and PC8.
 *
 * It takes the bytes of a file a chunk at a time, splits them into lines, reads each record and hands every
 * complete, valid voucher to onVoucher at its closing }, keeping nothing of it: memory holds one line, one
 * chunk and one voucher, plus the declarations (accounts, dimensions, objects) and runs of voucher numbers.
 * (A caller may take the rows as they are read instead, and the voucher at its }: voucher-sink.ts.)
 * It never stops at a problem: every problem is listed at the end, so the user can mend the file in one go.
 *
 * The caller decides the encoding first (EncodingDetector, a first pass over the bytes); readSie4 in
 * read.ts does both passes. When `problems` is not empty after end(), the file is refused, and whatever
 * onVoucher was given must be thrown away. A voucher with a problem of its own is never handed on.
 *
 * Lines are split on the bytes. The lines that make up nearly all of a ledger – #TRANS, #VER and the braces –
 * are read straight from them by the fast path (fast-records.ts) when it is sure of them; every other line,
 * and any the fast path is unsure of, is decoded and read field by field here, as it always was.
 */
import { parseChecksum, SieChecksum } from './checksum.ts';
import { SieDeclarations } from './declarations.ts';
import { decoderFor, type LineDecoder, lineDecoderFor, type SieDecoder } from './encoding.ts';
import { FastRecords } from './fast-records.ts';
import { text, voucherName } from './messages.ts';
import { SieRecord } from './record.ts';
import { type SieField, type TokenizeError, tokenizeLine } from './tokenizer.ts';
import type { SieEncoding, SieHeader, SieProblem, SieTotals, SieTransaction, SieVoucher } from './types.ts';
import { isQuantity, MAX_AMOUNT_DIGITS, parseAmountOre } from './values.ts';
import { VoucherNumbers } from './voucher-numbers.ts';
import { type SieVoucherSink, VoucherObjects } from './voucher-sink.ts';

/**
 * The longest line read, in characters. SIE sets no limit, but its longest records (#TRANS with an object
 * list, a text and a signature) run to a few hundred characters; 4 096 leaves ten times that, and bounds
 * memory when a file has no line breaks (a file of one endless line is not held in memory to the end).
 */
export const MAX_LINE_LENGTH = 4096;

/** Beyond this many problems only their number is told: the first few hundred show what is wrong. */
export const DEFAULT_MAX_PROBLEMS = 500;

/**
 * Records that a type 4 file must have (4B chapter 6, "●" for 4I and 4E). #FLAGGA is checked apart: it must
 * be the first record. #RAR and #KONTO are mandatory only in 4E files, which a file does not tell from 4I.
 */
const MANDATORY = ['#PROGRAM', '#FORMAT', '#GEN', '#SIETYP', '#FNAMN'] as const;
const MANDATORY_SET: ReadonlySet<string> = new Set(MANDATORY);

/** Every label of SIE 4B. Others are ignored, as the spec requires (7.1), together with any block of theirs. */
const KNOWN_LABELS: ReadonlySet<string> = new Set(
  [
    '#ADRESS #BKOD #BTRANS #DIM #ENHET #FLAGGA #FNAMN #FNR #FORMAT #FTYP #GEN #IB #KONTO #KPTYP #KSUMMA #KTYP',
    '#OBJEKT #OIB #OMFATTN #ORGNR #OUB #PBUDGET #PROGRAM #PROSA #PSALDO #RAR #RES #RTRANS #SIETYP #SRU #TAXAR',
    '#TRANS #UB #UNDERDIM #VALUTA #VER',
  ]
    .join(' ')
    .split(' '),
);

const ENCODING_NAMES: Record<SieEncoding, string> = {
  cp437: 'CP437 (PC8)',
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
};

export type SieReaderOptions = (
  | {
      /** Called at each valid voucher's closing }; write it away, the reader keeps nothing of it. */
      readonly onVoucher: (voucher: SieVoucher) => void;
    }
  | {
      /** Takes each voucher's rows as they are read, and the voucher at its closing } when it is valid. */
      readonly sink: SieVoucherSink;
    }
) & {
  readonly maxProblems?: number;
  /**
   * False reads every line with the general reader only, as before the fast path existed: for tests that
   * compare the two, which must give the same result for any file.
   */
  readonly fastPath?: boolean;
};

/** A voucher between its #VER and its }. One object, reused: a voucher is closed or dropped before the next opens. */
interface OpenVoucher {
  series: string;
  number: string;
  date: string | null;
  text: string;
  registered: string | null;
  line: number;
  /** The rows that count (#TRANS and #RTRANS): how many, and their sums. The sink keeps the rows. */
  rows: number;
  readonly sum: ExactSum;
  /** No problem found while it was open. */
  ok: boolean;
  /** Every amount read and every #RTRANS paired, so the balance can be checked. */
  balanceKnown: boolean;
  /** An #RTRANS waiting for its #TRANS twin (tx null when the #RTRANS itself could not be read). */
  added: { readonly tx: SieTransaction | null; readonly line: number } | null;
}

type State = 'top' | 'expect-block' | 'voucher';

type Kind = SieTransaction['kind'];

const KIND_OF: Readonly<Record<string, Kind>> = {
  '#TRANS': 'normal',
  '#RTRANS': 'added',
  '#BTRANS': 'removed',
};

const LF = 10;
const CR = 13;
/** The UTF-8 byte-order mark as the line decoder leaves it (it keeps it: see lineDecoderFor). */
const BOM_CHARACTER = 0xfeff;

function restIsBlank(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9) {
      return false;
    }
  }
  return true;
}

function sameRow(a: SieTransaction, b: SieTransaction): boolean {
  return (
    a.account === b.account &&
    a.amountOre === b.amountOre &&
    a.date === b.date &&
    a.text === b.text &&
    a.quantity === b.quantity &&
    a.objects.length === b.objects.length &&
    a.objects.every((ref, i) => ref.dimension === b.objects[i]?.dimension && ref.code === b.objects[i]?.code)
  );
}

/**
 * The offset of the first line feed at or after `from`, or -1. A loop the optimizer compiles in place: a
 * ledger's lines are short (some 23 bytes), and Uint8Array's indexOf cost more per call than the bytes it
 * looked at (about a tenth of the reader's time).
 */
function lineFeedAfter(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] === LF) {
      return i;
    }
  }
  return -1;
}

export class SieReader {
  private readonly counted = { vouchers: 0, transactions: 0 };
  private readonly summed = new ExactSum();
  private readonly found: SieProblem[] = [];
  private problemCount = 0;
  private readonly maxProblems: number;
  /** UTF-8 only: checks each chunk as a whole, so bad bytes are found exactly as when chunks were decoded. */
  private readonly validator: SieDecoder | null;
  private readonly decodeLine: LineDecoder;
  /** Reads the common lines straight from the bytes; null when the option turns it off. */
  private readonly fast: FastRecords | null;
  private readonly sink: SieVoucherSink;

  private line = 0;
  private linesReadFast = 0;
  /** The bytes of a line begun in an earlier chunk: carry[0, carryLength). */
  private carry = new Uint8Array(1024);
  private carryLength = 0;
  private skippingLongLine = false;
  private ended = false;
  /** The bytes could not be decoded: the rest of the file cannot be read. */
  private broken = false;
  private notSie = false;
  private contentLines = 0;
  private records = 0;
  private readonly fields: SieField[] = [];
  private readonly seenMandatory = new Set<string>();

  private state: State = 'top';
  private voucher: OpenVoucher | null = null;
  /** The object every voucher is read into (a million vouchers need not be a million objects). */
  private readonly open: OpenVoucher = {
    series: '',
    number: '',
    date: null,
    text: '',
    registered: null,
    line: 0,
    rows: 0,
    sum: new ExactSum(),
    ok: true,
    balanceKnown: true,
    added: null,
  };
  /** Depth inside the block of an unknown record (or a stray {), whose content is skipped. */
  private ignoredDepth = 0;
  private ignoredLine = 0;
  private previousUnknown = false;
  private readonly numbers = new VoucherNumbers();
  private readonly declarations = new SieDeclarations((line, message) => this.problem(line, message));

  private checksum: SieChecksum | null = null;
  private checksumState: 'none' | 'open' | 'closed' = 'none';
  private checksumLine = 0;
  private afterChecksumReported = false;

  /** `encoding` is what EncodingDetector (or detectEncoding) decided for the same bytes. */
  constructor(
    readonly encoding: SieEncoding,
    options: SieReaderOptions,
  ) {
    this.maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
    this.validator = encoding === 'utf-8' ? decoderFor(encoding) : null;
    this.decodeLine = lineDecoderFor(encoding);
    this.fast = options.fastPath === false ? null : new FastRecords(this.declarations, this.decodeLine);
    this.sink = 'sink' in options ? options.sink : new VoucherObjects(options.onVoucher);
  }

  /** The vouchers handed on and their rows, counted and summed. */
  get totals(): SieTotals {
    const { vouchers, transactions } = this.counted;
    return {
      vouchers,
      transactions,
      amountSumOre: this.summed.sumOre(),
      debitSumOre: this.summed.debitOre(),
    };
  }

  /** What the file declared; complete once end() has been called. */
  get header(): SieHeader {
    return this.declarations.header;
  }

  /** How many lines the fast path read (the rest went through the general reader): for tests and profiles. */
  get fastLines(): number {
    return this.linesReadFast;
  }

  /** Every problem found, at most maxProblems of them and then one telling how many more there were. */
  get problems(): readonly SieProblem[] {
    const hidden = this.problemCount - this.found.length;
    return hidden > 0 && this.ended
      ? [...this.found, { line: null, message: text.moreProblems(hidden) }]
      : this.found;
  }

  push(bytes: Uint8Array): void {
    if (this.ended) {
      throw new Error('SieReader.push after end()');
    }
    if (!this.broken && this.valid(() => this.validator?.decode(bytes))) {
      // A plain view of a Node Buffer: Buffer's own subarray, which the line decoders call, is far slower.
      this.feed(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
  }

  end(): void {
    if (this.ended) {
      return;
    }
    if (!this.broken) {
      this.valid(() => this.validator?.end());
    }
    if (!this.broken && !this.skippingLongLine && this.carryLength > 0) {
      const carried = this.decodeFirst(this.carry, 0, this.carryLength);
      this.carryLength = 0;
      // A DOS end-of-file mark (0x1A) may end the last line; the encoding detector forgives it there.
      const last = carried.endsWith('\u001a') ? carried.slice(0, -1) : carried;
      if (last.length > 0) {
        this.handleLine(last);
      }
    }
    this.finish();
    this.ended = true;
  }

  /** Runs the UTF-8 check of a chunk (or of the end); false, after reporting, when the bytes are not UTF-8. */
  private valid(check: () => unknown): boolean {
    try {
      check();
      return true;
    } catch {
      this.broken = true;
      this.problem(this.line + 1, text.invalidBytes(this.line + 1, ENCODING_NAMES[this.encoding]));
      return false;
    }
  }

  /** Splits a chunk into lines; what follows the last line break waits for the next chunk. */
  private feed(bytes: Uint8Array): void {
    let start = 0;
    if (this.skippingLongLine || this.carryLength > 0) {
      const lf = bytes.indexOf(LF);
      if (lf < 0) {
        this.keep(bytes, 0);
        return;
      }
      this.endCarriedLine(bytes, lf);
      start = lf + 1;
    }
    for (let lf = lineFeedAfter(bytes, start); lf >= 0; lf = lineFeedAfter(bytes, start)) {
      this.byteLine(bytes, start, lf);
      start = lf + 1;
    }
    this.keep(bytes, start);
  }

  /** The line begun in earlier chunks ends at bytes[lf]. */
  private endCarriedLine(bytes: Uint8Array, lf: number): void {
    if (this.skippingLongLine) {
      this.skippingLongLine = false; // the end of a line already reported as too long
      return;
    }
    this.append(bytes, 0, lf);
    const length = this.carryLength;
    this.carryLength = 0;
    this.byteLine(this.carry, 0, length);
  }

  /** Keeps bytes[from…] for the next chunk, unless the line has grown too long to be a SIE line. */
  private keep(bytes: Uint8Array, from: number): void {
    if (this.skippingLongLine) {
      return;
    }
    this.append(bytes, from, bytes.length);
    if (this.carryLength > MAX_LINE_LENGTH && this.carriedCharacters() > MAX_LINE_LENGTH) {
      this.carryLength = 0;
      this.line++;
      this.unreadable(this.line, text.lineTooLong(this.line, MAX_LINE_LENGTH));
      this.skippingLongLine = true;
    }
  }

  private append(bytes: Uint8Array, from: number, to: number): void {
    const needed = this.carryLength + to - from;
    if (needed > this.carry.length) {
      const larger = new Uint8Array(Math.max(needed, 2 * this.carry.length));
      larger.set(this.carry.subarray(0, this.carryLength));
      this.carry = larger;
    }
    this.carry.set(bytes.subarray(from, to), this.carryLength);
    this.carryLength = needed;
  }

  /**
   * The characters of the carried bytes, as a decoder fed chunk by chunk has given them: a UTF-8 character
   * still incomplete is not counted yet, nor is the byte-order mark it drops.
   */
  private carriedCharacters(): number {
    const length = this.carryLength;
    if (this.encoding !== 'utf-8') {
      return length;
    }
    let complete = length;
    for (let back = 1; back <= 3 && back <= length; back++) {
      const byte = this.carry[length - back] as number;
      if (byte < 0x80) {
        break;
      }
      if (byte >= 0xc0) {
        const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
        complete = size > back ? length - back : length;
        break;
      }
    }
    const text = this.decodeFirst(this.carry, 0, complete);
    return text.length;
  }

  /** One line, bytes[start, end) without its line feed: straight from the bytes when it can, else decoded. */
  private byteLine(bytes: Uint8Array, start: number, end: number): void {
    const fast = this.fast;
    if (fast !== null && this.fastReady() && this.fastLine(fast, bytes, start, end)) {
      this.linesReadFast++;
      return;
    }
    this.handleLine(this.decodeFirst(bytes, start, end));
  }

  /** Decodes a line; the file's first loses the UTF-8 byte-order mark, as a decoder of the whole file drops it. */
  private decodeFirst(bytes: Uint8Array, start: number, end: number): string {
    const decoded = this.decodeLine(bytes, start, end);
    return this.line === 0 && this.encoding === 'utf-8' && decoded.charCodeAt(0) === BOM_CHARACTER
      ? decoded.slice(1)
      : decoded;
  }

  // ---- the fast path -----------------------------------------------------------------------------------

  /**
   * Whether the reader is in a state the fast path knows: past the first record, not inside the block of an
   * unknown record, and with no checksum being summed (#KSUMMA sums every record's fields as text).
   */
  private fastReady(): boolean {
    return (
      this.records > 0 &&
      !this.notSie &&
      this.ignoredDepth === 0 &&
      (this.checksumState === 'none' || (this.checksumState === 'closed' && this.afterChecksumReported))
    );
  }

  /** Reads a blank line, a brace, a #TRANS or a #VER from the bytes; false to leave the line to handleLine. */
  private fastLine(fast: FastRecords, bytes: Uint8Array, start: number, lineEnd: number): boolean {
    const end = lineEnd > start && bytes[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
    if (end - start > MAX_LINE_LENGTH) {
      return false;
    }
    const first = fast.firstNonBlank(bytes, start, end);
    if (first === end) {
      this.line++; // blank lines are allowed anywhere (4B 5.6)
      return true;
    }
    switch (fast.kindOf(bytes, first, end)) {
      case 'open':
        return this.fastBrace(true);
      case 'close':
        return this.fastBrace(false);
      case 'trans':
        return this.state === 'voucher' && this.fastTransaction(fast, bytes, first, end);
      case 'voucher':
        return this.state === 'top' && this.fastVoucher(fast, bytes, first, end);
      default:
        return false;
    }
  }

  /** A line of a lone { or }: what handleLine does with it, without the text. */
  private fastBrace(open: boolean): boolean {
    const line = ++this.line;
    this.contentLines++;
    if (open) {
      this.openBrace('{', 0, line);
    } else {
      this.closeBrace('}', 0, line);
    }
    return true;
  }

  /** A #TRANS the fast path can read in full and finds nothing wrong with; the rest go to handleLine. */
  private fastTransaction(fast: FastRecords, bytes: Uint8Array, first: number, end: number): boolean {
    const voucher = this.voucher as OpenVoucher;
    if (voucher.added !== null) {
      return false; // the twin of an #RTRANS: compared with it by the general reader
    }
    const row = fast.transaction(bytes, first, end);
    if (row === null) {
      return false;
    }
    const line = this.fastRecord();
    voucher.rows++;
    voucher.sum.add(row.amountOre);
    this.sink.fastRow(row, line, row.date ?? voucher.date ?? '');
    return true;
  }

  /** A #VER the fast path can read in full and finds nothing wrong with. */
  private fastVoucher(fast: FastRecords, bytes: Uint8Array, first: number, end: number): boolean {
    const head = fast.voucher(bytes, first, end);
    if (head === null) {
      return false;
    }
    const line = this.fastRecord();
    this.checkNumber(
      this.beginVoucher(line, head.series, head.number, head.date, head.text, head.registered),
    );
    return true;
  }

  /** Counts a record read by the fast path as record() counts it; its line number. */
  private fastRecord(): number {
    this.contentLines++;
    this.records++;
    this.previousUnknown = false;
    return ++this.line;
  }

  private handleLine(raw: string): void {
    const line = ++this.line;
    const content = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (this.notSie || this.broken) {
      return;
    }
    if (content.length > MAX_LINE_LENGTH) {
      this.contentLines++;
      this.unreadable(line, text.lineTooLong(line, MAX_LINE_LENGTH));
      return;
    }
    let start = 0;
    while (start < content.length && (content.charCodeAt(start) === 32 || content.charCodeAt(start) === 9)) {
      start++;
    }
    if (start === content.length) {
      return; // blank lines are allowed anywhere (4B 5.6)
    }
    const first = content.charCodeAt(start);
    if (++this.contentLines === 1 && first !== 35) {
      this.notSie = true;
      this.problem(line, text.notSie(line, content.slice(start)));
    } else if (first === 123) {
      this.openBrace(content, start, line);
    } else if (first === 125) {
      this.closeBrace(content, start, line);
    } else if (first !== 35) {
      this.unreadable(line, text.notARecord(line, content.slice(start)));
    } else {
      const error = tokenizeLine(content, start, this.fields);
      if (error === null) {
        this.record(this.fields, line);
      } else {
        this.unreadable(line, tokenizeProblem(error, line));
      }
    }
  }

  /** A line that cannot be read: within a voucher, its balance can then not be known either. */
  private unreadable(line: number, message: string): void {
    this.previousUnknown = false;
    if (this.voucher !== null) {
      this.voucher.balanceKnown = false;
    }
    this.problem(line, message);
  }

  private openBrace(content: string, start: number, line: number): void {
    if (!restIsBlank(content, start + 1)) {
      this.problem(line, text.braceNotAlone(line));
    }
    const afterUnknown = this.previousUnknown;
    this.previousUnknown = false;
    if (this.ignoredDepth > 0) {
      this.ignoredDepth++;
    } else if (this.state === 'expect-block') {
      this.state = 'voucher';
    } else {
      if (!afterUnknown) {
        this.problem(line, text.strayOpenBrace(line));
      }
      // The block of an unknown record is skipped (4B 7.1), and so is a stray one: it belongs to nothing.
      this.ignoredDepth = 1;
      this.ignoredLine = line;
    }
  }

  private closeBrace(content: string, start: number, line: number): void {
    if (!restIsBlank(content, start + 1)) {
      this.problem(line, text.braceNotAlone(line));
    }
    this.previousUnknown = false;
    if (this.ignoredDepth > 0) {
      this.ignoredDepth--;
    } else if (this.state === 'voucher') {
      this.closeVoucher();
    } else if (this.state === 'expect-block') {
      this.dropVoucherWithoutBlock();
    } else {
      this.problem(line, text.strayCloseBrace(line));
    }
  }

  private record(fields: readonly SieField[], line: number): void {
    const written = fields[0] as string;
    const label = written === '#TRANS' ? written : written.toUpperCase();
    if (this.records++ === 0 && label !== '#FLAGGA') {
      this.problem(line, text.firstRecordNotFlag(line, written));
    }
    if (label === '#KSUMMA') {
      this.checksumRecord(fields, line);
      return;
    }
    this.sumForChecksum(fields, line);
    const known = KNOWN_LABELS.has(label);
    this.previousUnknown = !known;
    if (this.ignoredDepth > 0 || !known) {
      return;
    }
    const rec = new SieRecord(label, fields, line, this.report);
    if (MANDATORY_SET.has(label)) {
      this.seenMandatory.add(label);
    }
    if (this.state === 'expect-block') {
      this.dropVoucherWithoutBlock();
    }
    if (this.state === 'voucher') {
      this.voucherRecord(rec);
    } else {
      this.topRecord(rec);
    }
  }

  private voucherRecord(rec: SieRecord): void {
    const voucher = this.voucher as OpenVoucher;
    const kind = KIND_OF[rec.label];
    if (kind !== undefined) {
      this.transaction(rec, kind);
    } else if (rec.label === '#VER') {
      const name = voucherName(voucher.series, voucher.number);
      this.problem(voucher.line, text.unclosedVoucher(name, voucher.line, rec.line));
      this.voucher = null;
      this.state = 'top';
      this.openVoucher(rec);
    } else {
      this.problem(rec.line, text.labelInsideVoucher(rec.line, rec.label));
    }
  }

  private topRecord(rec: SieRecord): void {
    if (rec.label === '#VER') {
      this.openVoucher(rec);
    } else if (KIND_OF[rec.label] !== undefined) {
      this.problem(rec.line, text.transOutsideVoucher(rec.line, rec.label));
    } else {
      this.declarations.read(rec);
    }
  }

  // ---- vouchers ------------------------------------------------------------------------------------------

  private openVoucher(rec: SieRecord): void {
    const line = rec.line;
    const voucher = this.beginVoucher(line, '', '', null, '', null);
    // Series and number may be empty ("") in import files (4I, #VER 6): the receiving program numbers them.
    voucher.series = rec.optionalText(1, 'serie') ?? '';
    voucher.number = rec.optionalText(2, 'verifikationsnummer') ?? '';
    voucher.date = rec.date(3, 'verifikationsdatumet');
    voucher.text = rec.optionalText(4, 'verifikationstext') ?? '';
    voucher.registered = rec.optionalDate(5, 'registreringsdatumet');
    this.checkNumber(voucher);
  }

  /**
   * Opens a voucher. The general reader fills it in field by field after, reporting as it goes (a problem
   * marks the open voucher); the fast path gives the fields it has already checked.
   */
  private beginVoucher(
    line: number,
    series: string,
    number: string,
    date: string | null,
    voucherText: string,
    registered: string | null,
  ): OpenVoucher {
    const voucher = this.open;
    voucher.series = series;
    voucher.number = number;
    voucher.date = date;
    voucher.text = voucherText;
    voucher.registered = registered;
    voucher.line = line;
    voucher.rows = 0;
    voucher.sum.clear();
    voucher.ok = true;
    voucher.balanceKnown = true;
    voucher.added = null;
    this.voucher = voucher;
    this.state = 'expect-block';
    this.sink.open();
    return voucher;
  }

  /** A series and number used before in the file (import files' empty ones are numbered by the receiver). */
  private checkNumber(voucher: OpenVoucher): void {
    const { series, number, line } = voucher;
    if (series !== '' && number !== '' && this.numbers.add(series, number)) {
      this.problem(line, text.duplicateVoucher(line, series, number));
    }
  }

  private dropVoucherWithoutBlock(): void {
    const voucher = this.voucher as OpenVoucher;
    this.problem(
      voucher.line,
      text.voucherWithoutBlock(voucherName(voucher.series, voucher.number), voucher.line),
    );
    this.voucher = null;
    this.state = 'top';
  }

  /**
   * A row of the open voucher. #RTRANS is a row added afterwards; for older readers it is followed by an
   * identical #TRANS, which a reader that handles #RTRANS must skip (4B #RTRANS 4 and 6). #BTRANS is a struck
   * row, kept for history and left out of the balance (the spec's example balances without it).
   */
  private transaction(rec: SieRecord, kind: Kind): void {
    const voucher = this.voucher as OpenVoucher;
    const line = rec.line;
    const waiting = voucher.added;
    voucher.added = null;
    if (waiting !== null && kind !== 'normal') {
      this.unpaired(waiting.line, line);
    }
    const tx = this.readTransaction(rec, kind, voucher);
    if (waiting !== null && kind === 'normal') {
      if (waiting.tx === null || (tx !== null && sameRow(waiting.tx, tx))) {
        return; // the twin of the #RTRANS above: already counted
      }
      this.unpaired(waiting.line, line);
    }
    if (kind === 'added') {
      voucher.added = { tx, line };
    }
    if (tx === null) {
      voucher.balanceKnown = false;
      return;
    }
    if (kind !== 'removed') {
      voucher.rows++;
      voucher.sum.add(tx.amountOre);
    }
    this.sink.row(tx);
  }

  private unpaired(addedLine: number, nextLine: number | null): void {
    (this.voucher as OpenVoucher).balanceKnown = false;
    this.problem(addedLine, text.addedWithoutTwin(addedLine, nextLine));
  }

  /** The row, or null when its account, object list or amount cannot be read. */
  private readTransaction(rec: SieRecord, kind: Kind, voucher: OpenVoucher): SieTransaction | null {
    const { label, line } = rec;
    const account = rec.text(1, 'kontonummer');
    const objectList = rec.fields[2];
    if (account !== null && (objectList === undefined || typeof objectList === 'string')) {
      this.problem(line, text.missingObjectList(line, label));
      return null;
    }
    const amountText = rec.text(3, 'belopp');
    if (
      account === null ||
      amountText === null ||
      objectList === undefined ||
      typeof objectList === 'string'
    ) {
      return null;
    }
    const amountOre = parseAmountOre(amountText);
    if (typeof amountOre !== 'bigint') {
      this.problem(
        line,
        amountOre === 'too-large'
          ? text.amountTooLarge(line, amountText, MAX_AMOUNT_DIGITS)
          : text.invalidAmount(line, label, amountText),
      );
      return null;
    }
    if (!this.declarations.hasAccount(account)) {
      this.problem(line, text.undeclaredAccount(line, label, account));
    }
    const quantityText = rec.optionalText(6, 'kvantitet');
    if (quantityText && !isQuantity(quantityText)) {
      this.problem(line, text.invalidQuantity(line, quantityText));
    }
    return {
      account,
      objects: this.declarations.readObjects(objectList, line),
      amountOre,
      date: rec.optionalDate(4, 'transaktionsdatumet') ?? voucher.date ?? '',
      text: rec.optionalText(5, 'transaktionstext') ?? '',
      quantity: quantityText || null,
      line,
      kind,
    };
  }

  private closeVoucher(): void {
    const voucher = this.voucher as OpenVoucher;
    if (voucher.added !== null) {
      this.unpaired(voucher.added.line, null);
    }
    if (voucher.balanceKnown && !voucher.sum.isZero()) {
      // "Inom en verifikation skall det råda balans" (4B #TRANS 4).
      const name = voucherName(voucher.series, voucher.number);
      this.problem(voucher.line, text.unbalanced(name, voucher.line, voucher.sum.sumOre()));
    }
    this.voucher = null;
    this.state = 'top';
    if (voucher.ok && voucher.date !== null) {
      this.deliver(voucher as OpenVoucher & { date: string });
    }
  }

  private deliver(voucher: OpenVoucher & { date: string }): void {
    this.counted.vouchers++;
    this.counted.transactions += voucher.rows;
    this.summed.addSum(voucher.sum);
    this.sink.keep(voucher);
  }

  // ---- #KSUMMA -------------------------------------------------------------------------------------------

  private sumForChecksum(fields: readonly SieField[], line: number): void {
    if (this.checksumState === 'open') {
      this.checksum?.addRecord(fields);
    } else if (this.checksumState === 'closed' && !this.afterChecksumReported) {
      this.afterChecksumReported = true;
      this.problem(line, text.afterChecksum(line));
    }
  }

  /** The opening #KSUMMA (no value) or the closing one with the checksum (4B 10.4–10.6). */
  private checksumRecord(fields: readonly SieField[], line: number): void {
    const value = fields[1];
    if (value === undefined || value === '') {
      if (this.checksumState === 'open') {
        this.problem(line, text.checksumRestarted(line, this.checksumLine));
      }
      this.checksumState = 'open';
      this.checksum = new SieChecksum(this.encoding);
      this.checksumLine = line;
      return;
    }
    if (this.checksumState !== 'open' || this.checksum === null) {
      this.problem(line, text.checksumWithoutStart(line));
      return;
    }
    this.checksumState = 'closed';
    const written = typeof value === 'string' ? value : '{…}';
    const declared = parseChecksum(written);
    if (declared === null) {
      this.problem(line, text.invalidChecksum(line, written));
    } else if (this.checksum.matches(declared)) {
      this.header.checksum = declared;
    } else {
      this.problem(line, text.checksumMismatch(line, written, this.checksum.value()));
    }
  }

  // ---- the end -------------------------------------------------------------------------------------------

  private finish(): void {
    if (this.notSie || this.broken) {
      return;
    }
    if (this.ignoredDepth > 0) {
      this.problem(this.ignoredLine, text.unclosedBlock(this.ignoredLine));
    }
    const voucher = this.voucher;
    if (voucher !== null && this.state === 'expect-block') {
      this.dropVoucherWithoutBlock();
    } else if (voucher !== null) {
      this.problem(
        voucher.line,
        text.unclosedVoucher(voucherName(voucher.series, voucher.number), voucher.line, null),
      );
    }
    this.voucher = null;
    if (this.checksumState === 'open') {
      this.problem(this.checksumLine, text.checksumTruncated(this.checksumLine));
    }
    if (this.contentLines === 0) {
      this.problem(null, text.empty());
      return;
    }
    const missing = MANDATORY.filter((label) => !this.seenMandatory.has(label));
    if (missing.length > 0) {
      this.problem(null, text.missingRecords(missing));
    }
  }

  // ---- problems ----------------------------------------------------------------------------------------

  private readonly report = (line: number, message: string): void => this.problem(line, message);

  private problem(line: number | null, message: string): void {
    this.problemCount++;
    if (this.found.length < this.maxProblems) {
      this.found.push({ line, message });
    }
    if (this.voucher !== null) {
      this.voucher.ok = false;
    }
  }
}

/**
 * A voucher's rows summed, and their debit side (the positive amounts), exactly: as numbers while every step
 * stays a safe integer – no bigint per row – and as bigints from the first step that would not.
 */
class ExactSum {
  private sum = 0;
  private debit = 0;
  private large: { sum: bigint; debit: bigint } | null = null;

  clear(): void {
    this.sum = 0;
    this.debit = 0;
    this.large = null;
  }

  /** A row's amount: a number from the fast path, a bigint from the general reader. */
  add(amountOre: number | bigint): void {
    const ore = Number(amountOre);
    if (this.large === null && Number.isSafeInteger(ore)) {
      const sum = this.sum + ore;
      const debit = ore > 0 ? this.debit + ore : this.debit;
      if (Number.isSafeInteger(sum) && Number.isSafeInteger(debit)) {
        this.sum = sum;
        this.debit = debit;
        return;
      }
    }
    const exact = BigInt(amountOre);
    this.addLarge(exact, exact > 0n ? exact : 0n);
  }

  /** Adds another sum and its debit side: a voucher's to the file's. */
  addSum(other: ExactSum): void {
    if (this.large === null && other.large === null) {
      const sum = this.sum + other.sum;
      const debit = this.debit + other.debit;
      if (Number.isSafeInteger(sum) && Number.isSafeInteger(debit)) {
        this.sum = sum;
        this.debit = debit;
        return;
      }
    }
    this.addLarge(other.sumOre(), other.debitOre());
  }

  isZero(): boolean {
    return this.large === null ? this.sum === 0 : this.large.sum === 0n;
  }

  sumOre(): bigint {
    return this.large?.sum ?? BigInt(this.sum);
  }

  debitOre(): bigint {
    return this.large?.debit ?? BigInt(this.debit);
  }

  private addLarge(sum: bigint, debit: bigint): void {
    this.large ??= { sum: BigInt(this.sum), debit: BigInt(this.debit) };
    this.large.sum += sum;
    this.large.debit += debit;
  }
}

function tokenizeProblem(error: TokenizeError, line: number): string {
  switch (error.kind) {
    case 'quote':
      return text.unterminatedQuote(line, error.field);
    case 'objects':
      return text.unterminatedObjectList(line, error.list);
    case 'control':
      return error.inQuotes ? text.controlInText(line, error.code) : text.controlCharacter(line, error.code);
  }
}
