/** Reading SIE 4 ledger files (SIE filformat 4B): encoding detection, the streaming reader, both passes. */

export { crc32 } from './checksum.ts';
export { encodeCp437 } from './cp437.ts';
export { decoderFor, EncodingDetector, type EncodingResult, type SieDecoder } from './encoding.ts';
export type { FastRow } from './fast-records.ts';
export {
  type Chunks,
  detectEncoding,
  type EncodingDecision,
  readSie4,
  readSie4Bytes,
  type SieReadResult,
} from './read.ts';
export { DEFAULT_MAX_PROBLEMS, MAX_LINE_LENGTH, SieReader, type SieReaderOptions } from './reader.ts';
export * from './types.ts';
export { formatKronor, MAX_AMOUNT_DIGITS, parseAmountOre, parseSieDate } from './values.ts';
export { type SieVoucherHead, type SieVoucherSink, VoucherObjects } from './voucher-sink.ts';
