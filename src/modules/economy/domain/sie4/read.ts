/**
 * Both passes over a SIE file: find the encoding, then read. The bytes come from `open`, called once per pass,
 * so a file on disk or in object storage is streamed twice instead of being held in memory.
 */
import { EncodingDetector, type EncodingResult } from './encoding.ts';
import { SieReader, type SieReaderOptions } from './reader.ts';
import type { SieEncoding, SieHeader, SieProblem, SieTotals } from './types.ts';

export interface SieReadResult {
  /** The encoding the file was read in, or null when it was refused before reading. */
  readonly encoding: SieEncoding | null;
  readonly header: SieHeader | null;
  /** Empty when the file is accepted; else the file is refused and what onVoucher got must be discarded. */
  readonly problems: readonly SieProblem[];
  readonly totals: SieTotals;
}

export type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export type EncodingDecision =
  | { readonly encoding: SieEncoding; readonly bom: boolean }
  | { readonly problem: SieProblem };

/** The first pass alone: the file's encoding, or the problem that refuses it. */
export async function detectEncoding(chunks: Chunks): Promise<EncodingDecision> {
  const detector = new EncodingDetector();
  for await (const chunk of chunks) {
    detector.push(chunk);
  }
  return decision(detector.result());
}

function decision(result: EncodingResult): EncodingDecision {
  return result.encoding === null
    ? { problem: result.problem }
    : { encoding: result.encoding, bom: result.bom };
}

const NO_TOTALS: SieTotals = { vouchers: 0, transactions: 0, amountSumOre: 0n, debitSumOre: 0n };

/** Reads a SIE 4 file whose bytes `open` yields, once for detecting the encoding and once for reading. */
export async function readSie4(open: () => Chunks, options: SieReaderOptions): Promise<SieReadResult> {
  const detected = await detectEncoding(open());
  if ('problem' in detected) {
    return refused(detected.problem);
  }
  const encoding = detected.encoding;
  const reader = new SieReader(encoding, options);
  for await (const chunk of open()) {
    reader.push(chunk);
  }
  return finished(reader, encoding);
}

/** The same for a file already in memory. */
export function readSie4Bytes(bytes: Uint8Array, options: SieReaderOptions): SieReadResult {
  const detector = new EncodingDetector();
  detector.push(bytes);
  const detected = decision(detector.result());
  if ('problem' in detected) {
    return refused(detected.problem);
  }
  const encoding = detected.encoding;
  const reader = new SieReader(encoding, options);
  reader.push(bytes);
  return finished(reader, encoding);
}

function refused(problem: SieProblem): SieReadResult {
  return { encoding: null, header: null, problems: [problem], totals: { ...NO_TOTALS } };
}

function finished(reader: SieReader, encoding: SieEncoding): SieReadResult {
  reader.end();
  return { encoding, header: reader.header, problems: reader.problems, totals: reader.totals };
}
