/**
 * One pass of the SIE reader over a ledger file, a chunk at a time, its vouchers handed on as columns
 * (voucher-columns.ts): what the reader's own thread runs (ledger-reader-worker.ts), so that the parse and
 * the load's mapping and writing run side by side.
 *
 * A pass either knows the file's encoding (a second pass, after the first decided another) or decides it as
 * it goes: the detector sees every byte while the file is parsed in the encoding its first chunk suggests
 * (ledger-import.ts tells why).
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
  /** The encoding to parse in; null to decide it while parsing. */
  readonly known: SieEncoding | null;
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
  /** What the detector decided, on a pass that decided as it went. */
  readonly decided: EncodingResult | null;
  readonly problems: readonly SieProblem[];
  readonly fiscalYears: readonly SieFiscalYear[];
  readonly vouchers: number;
}

export class LedgerReading {
  private readonly detector: EncodingDetector | null;
  private reader: SieReader | null = null;
  private readonly columns: VoucherColumnWriter;

  constructor(private readonly options: ReadingOptions) {
    this.detector = options.known === null ? new EncodingDetector() : null;
    this.columns = new VoucherColumnWriter(options.dimension);
  }

  /** Reads a chunk; the batch holds the vouchers it completed. Its buffers are to be moved, not copied. */
  push(chunk: Uint8Array): { batch: ReadingBatch; transfer: ArrayBuffer[] } {
    this.detector?.push(chunk);
    // Made at the first chunk: in the known encoding, or the one the bytes seen so far suggest.
    const reader = this.reader ?? this.readerFor(this.detector?.result().encoding ?? null);
    reader.push(chunk);
    return this.batch(reader);
  }

  /** Ends the file: the last vouchers, and what the pass found. */
  end(): { batch: ReadingBatch; transfer: ArrayBuffer[]; result: ReadingResult } {
    const reader = this.readerFor(null);
    reader.end();
    return {
      ...this.batch(reader),
      result: {
        encoding: reader.encoding,
        decided: this.detector?.result() ?? null,
        problems: reader.problems,
        fiscalYears: reader.header.fiscalYears,
        vouchers: reader.totals.vouchers,
      },
    };
  }

  /** The pass's reader, made once: in the known encoding, else the one suggested, else the first guess. */
  private readerFor(suggested: SieEncoding | null): SieReader {
    this.reader ??= new SieReader(this.options.known ?? suggested ?? FIRST_GUESS, { sink: this.columns });
    return this.reader;
  }

  private batch(reader: SieReader): { batch: ReadingBatch; transfer: ArrayBuffer[] } {
    const { batch: columns, transfer } = this.columns.take();
    return { batch: { columns, problems: reader.problems.length }, transfer };
  }
}
