/**
 * One pass of the SIE reader over a ledger file, a chunk at a time, its vouchers handed on as columns
 * (voucher-columns.ts): what the reader's own thread runs (ledger-reader-worker.ts), so that the parse and
 * the load's mapping and writing run side by side.
 *
 * A pass either knows the file's encoding (a second pass, after the first decided another) or decides it as
 * it goes: the detector sees every byte while the file is parsed in the encoding its first chunk suggests
 * (ledger-import.ts tells why). The detector runs where the chunks are read (PassEncoding), not in the
 * reader's thread: the parse is the load's longest chain, and the detector's pass over every byte is a
 * tenth of it (ADR 0013, addendum "stop 29").
 */
import {
  EncodingDetector,
  type EncodingResult,
  type SieEncoding,
  type SieFiscalYear,
  type SieProblem,
  SieReader,
} from './sie4/index.ts';
import { type VoucherColumns, VoucherColumnWriter } from './voucher-columns.ts';

/** The encoding a pass starts with when its first chunk decides none (a high byte with no letter to tell). */
export const FIRST_GUESS: SieEncoding = 'cp437';

export interface ReadingOptions {
  /** The encoding to parse in: known, or the one the first chunk suggests (PassEncoding). */
  readonly encoding: SieEncoding;
  /** The SIE dimension whose objects are the cost centres. */
  readonly dimension: number;
}

/** The vouchers read since the last batch, and how many problems the file has shown so far. */
export interface ReadingBatch {
  readonly columns: VoucherColumns;
  readonly problems: number;
}

export interface ReadingResult {
  /** The encoding the pass parsed in. */
  readonly encoding: SieEncoding;
  readonly problems: readonly SieProblem[];
  readonly fiscalYears: readonly SieFiscalYear[];
  readonly vouchers: number;
}

/**
 * A pass's encoding: the one it knows, or the one it decides as it goes – the detector sees each chunk before
 * it is parsed, and the parse starts in the encoding the first chunk suggests.
 */
export class PassEncoding {
  private readonly detector: EncodingDetector | null;

  /** `known`: the encoding to parse in, or null to decide it while parsing. */
  constructor(private readonly known: SieEncoding | null) {
    this.detector = known === null ? new EncodingDetector() : null;
  }

  /** A chunk of the file, in order, before it is parsed. */
  see(chunk: Uint8Array): void {
    this.detector?.push(chunk);
  }

  /** The encoding to parse in: the known one, else the one the bytes seen so far suggest, else the first guess. */
  parseIn(): SieEncoding {
    return this.known ?? this.detector?.result().encoding ?? FIRST_GUESS;
  }

  /** What the detector decided on every byte seen, on a pass that did not know; else null. */
  decided(): EncodingResult | null {
    return this.detector?.result() ?? null;
  }
}

export class LedgerReading {
  private readonly reader: SieReader;
  private readonly columns: VoucherColumnWriter;

  constructor(options: ReadingOptions) {
    this.columns = new VoucherColumnWriter(options.dimension);
    this.reader = new SieReader(options.encoding, { sink: this.columns });
  }

  /** Reads a chunk; the batch holds the vouchers it completed. Its buffers are to be moved, not copied. */
  push(chunk: Uint8Array): { batch: ReadingBatch; transfer: ArrayBuffer[] } {
    this.reader.push(chunk);
    return this.batch();
  }

  /** Ends the file: the last vouchers, and what the pass found. */
  end(): { batch: ReadingBatch; transfer: ArrayBuffer[]; result: ReadingResult } {
    const reader = this.reader;
    reader.end();
    return {
      ...this.batch(),
      result: {
        encoding: reader.encoding,
        problems: reader.problems,
        fiscalYears: reader.header.fiscalYears,
        vouchers: reader.totals.vouchers,
      },
    };
  }

  private batch(): { batch: ReadingBatch; transfer: ArrayBuffer[] } {
    const { batch: columns, transfer } = this.columns.take();
    return { batch: { columns, problems: this.reader.problems.length }, transfer };
  }
}
