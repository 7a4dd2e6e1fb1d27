/**
 * What the SIE 4 reader reports: the file's declarations (header), its vouchers and the problems found.
 * Amounts are whole öre as bigint, dates ISO strings (2024-02-29), as the rest of Verksam writes them.
 */

/** The three encodings SIE files are met in: the spec's CP437 ("PC8") and the two that programs write anyway. */
export type SieEncoding = 'cp437' | 'utf-8' | 'windows-1252';

/** Something wrong with the file. Any problem refuses the file; the message is Swedish, for the user. */
export interface SieProblem {
  /** 1-based line number, or null when the problem concerns the whole file. */
  readonly line: number | null;
  readonly message: string;
}

/** Tillgång, skuld, kostnad, intäkt (#KTYP). */
export type SieAccountType = 'T' | 'S' | 'K' | 'I';

export interface SieAccount {
  name: string;
  type: SieAccountType | null;
}

export interface SieDimension {
  name: string;
  /** The superior dimension of an #UNDERDIM, else null. */
  parent: number | null;
}

export interface SieObject {
  name: string;
}

export interface SieFiscalYear {
  /** 0 for the current year, -1 for the one before, and so on (#RAR). */
  index: number;
  start: string;
  end: string;
}

export interface SieHeader {
  /** #FLAGGA: 0 when written, 1 once a program has read the file in. */
  flag: number | null;
  format: string | null;
  sieType: string | null;
  program: { name: string; version: string } | null;
  generated: string | null;
  companyName: string | null;
  orgNumber: string | null;
  /** #VALUTA; the spec says to assume SEK when it is missing, which this leaves to the caller. */
  currency: string | null;
  fiscalYears: SieFiscalYear[];
  accounts: Map<string, SieAccount>;
  dimensions: Map<number, SieDimension>;
  /** Keyed by objectKey(dimension, code). */
  objects: Map<string, SieObject>;
  /** The #KSUMMA checksum when the file has one and it matched the content. */
  checksum: number | null;
}

export interface SieObjectRef {
  readonly dimension: number;
  readonly code: string;
}

/**
 * One row of a voucher. `normal` is a #TRANS, `added` an #RTRANS (a row added afterwards; its #TRANS twin
 * is not counted again), `removed` a #BTRANS (a struck row: history only, not part of any sum).
 */
export interface SieTransaction {
  readonly account: string;
  readonly objects: ReadonlyArray<SieObjectRef>;
  readonly amountOre: bigint;
  /** ISO date; the voucher's date when the row has none. */
  readonly date: string;
  /** The row's own text, '' when it has none (the voucher's text is SieVoucher.text). */
  readonly text: string;
  /** The quantity as written (an exact decimal such as "-12.5"), or null. */
  readonly quantity: string | null;
  readonly line: number;
  readonly kind: 'normal' | 'added' | 'removed';
}

export interface SieVoucher {
  /** Empty in import files (4I), where the receiving program numbers the voucher. */
  readonly series: string;
  readonly number: string;
  readonly date: string;
  readonly text: string;
  /** Regdatum, when given. */
  readonly registered: string | null;
  readonly line: number;
  /** The rows that count: #TRANS and #RTRANS. They sum to zero. */
  readonly transactions: SieTransaction[];
  /** The struck rows (#BTRANS), kept for history. */
  readonly removed: SieTransaction[];
}

export interface SieTotals {
  /** Vouchers handed to onVoucher. */
  vouchers: number;
  /** Counted rows (#TRANS and #RTRANS) in those vouchers. */
  transactions: number;
  /** The sum of those rows' amounts: zero when every voucher balances, so a control figure. */
  amountSumOre: bigint;
  /** The sum of the positive amounts (omslutningen, total debit). */
  debitSumOre: bigint;
}

/** The key of an object in SieHeader.objects. NUL cannot occur in a SIE field, so keys cannot collide. */
export function objectKey(dimension: number, code: string): string {
  return `${dimension}\u0000${code}`;
}
