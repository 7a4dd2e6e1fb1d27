/**
 * Where the reader puts the rows of the voucher it has open, as it reads them, and what it does with that
 * voucher when its } closes it valid. By default the rows become SieTransaction objects and the voucher a
 * SieVoucher handed to onVoucher (VoucherObjects, below); the ledger import writes them into columns instead
 * (voucher-columns.ts), taking the fast path's rows as they are: an object and a bigint per row, and a
 * voucher object per voucher, were made only to be copied into the columns (ADR 0013, addendum stop 27).
 *
 * The reader checks everything itself (the balance, the voucher numbers, every problem): a sink only keeps
 * rows, and forgets those of a voucher that is never kept.
 */
import type { FastRow } from './fast-records.ts';
import type { SieTransaction, SieVoucher } from './types.ts';

/** A voucher's head: what SieVoucher holds besides its rows. */
export type SieVoucherHead = Omit<SieVoucher, 'transactions' | 'removed'>;

export interface SieVoucherSink {
  /** A voucher opens: the rows given from now on are its own, and those of one opened before and not kept are forgotten. */
  open(): void;
  /** A row read by the general reader: counted (#TRANS, #RTRANS) or struck (#BTRANS, kind 'removed'). */
  row(transaction: SieTransaction): void;
  /**
   * A #TRANS read by the fast path, valid until the next call: its amount a safe integer of öre, `date` the
   * row's own or else its voucher's.
   */
  fastRow(row: FastRow, line: number, date: string): void;
  /** The open voucher is valid and closed: its rows are kept. `head` is the reader's, to be read, not kept. */
  keep(head: SieVoucherHead): void;
}

/** Each voucher as a SieVoucher with its rows as objects, for onVoucher. */
export class VoucherObjects implements SieVoucherSink {
  private transactions: SieTransaction[] = [];
  private removed: SieTransaction[] = [];

  constructor(private readonly onVoucher: (voucher: SieVoucher) => void) {}

  open(): void {
    this.transactions = [];
    this.removed = [];
  }

  row(transaction: SieTransaction): void {
    (transaction.kind === 'removed' ? this.removed : this.transactions).push(transaction);
  }

  fastRow(row: FastRow, line: number, date: string): void {
    this.transactions.push({
      account: row.account,
      objects: row.objects,
      amountOre: BigInt(row.amountOre),
      date,
      text: row.text,
      quantity: row.quantity,
      line,
      kind: 'normal',
    });
  }

  keep(head: SieVoucherHead): void {
    const { series, number, date, text, registered, line } = head;
    const { transactions, removed } = this;
    this.onVoucher({ series, number, date, text, registered, line, transactions, removed });
  }
}
