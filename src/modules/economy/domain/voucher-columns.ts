/**
 * Vouchers as columns: what the ledger's mapping needs of each voucher and row, in typed arrays and a few
 * strings, so that the SIE reader can run in a thread of its own and hand its vouchers over cheaply. An
 * object per voucher and row would cost a structured clone each way; typed arrays are moved, not copied.
 *
 * A voucher keeps its line, its date, its label and its rows' count; a row its line, its account, its
 * cost centre (the object of the mapping's dimension) and its amount in öre. Dates, accounts and cost
 * centres, which a ledger repeats on every row, are ids into a table of strings that both sides build
 * alike: a batch carries only the strings first used in it.
 */
import { voucherLabel } from './ledger.ts';
import type { FastRow, SieObjectRef, SieTransaction, SieVoucherHead, SieVoucherSink } from './sie4/index.ts';
import { StringTable } from './string-table.ts';
import { grown } from './typed-arrays.ts';

export interface VoucherColumns {
  readonly vouchers: number;
  /** Per voucher, three numbers: its line, its date's string id, how many rows it has. */
  readonly voucherInts: Int32Array;
  /** Per voucher: its label, "A 12" (voucherLabel). */
  readonly labels: string[];
  readonly rows: number;
  /** Per row, three numbers: its line, its account's string id, its cost centre's string id or -1. */
  readonly rowInts: Int32Array;
  /** Per row: its amount in öre, or NaN when beyond 2^53 (then in `large`, by row). */
  readonly amounts: Float64Array;
  readonly large: Map<number, bigint>;
  /** The strings first used in this batch, whose ids follow those of the batches before it. */
  readonly strings: string[];
}

/**
 * Writes vouchers into columns, a batch at a time (in the reader's thread): the reader's sink, so each row
 * goes into the columns as it is read, the fast path's without an object or a bigint. The open voucher's rows
 * follow the kept ones, `pending` of them, until the reader keeps the voucher or opens the next.
 */
export class VoucherColumnWriter implements SieVoucherSink {
  private readonly table = new StringTable();
  private sent = 0;
  private vouchers = 0;
  private voucherInts = new Int32Array(3 * 1024);
  private labels: string[] = [];
  private rows = 0;
  private pending = 0;
  private rowInts = new Int32Array(3 * 2048);
  private amounts = new Float64Array(2048);
  private large = new Map<number, bigint>();

  /** `dimension`: the SIE dimension whose objects are the cost centres. */
  constructor(private readonly dimension: number) {}

  open(): void {
    if (this.pending > 0 && this.large.size > 0) {
      for (let r = this.rows; r < this.rows + this.pending; r++) {
        this.large.delete(r);
      }
    }
    this.pending = 0;
  }

  row(transaction: SieTransaction): void {
    if (transaction.kind !== 'removed') {
      this.addRow(transaction.line, transaction.account, transaction.objects, transaction.amountOre);
    }
  }

  fastRow(row: FastRow, line: number): void {
    this.addRow(line, row.account, row.objects, row.amountOre);
  }

  keep(head: SieVoucherHead): void {
    if (3 * (this.vouchers + 1) > this.voucherInts.length) {
      this.voucherInts = grown(this.voucherInts);
    }
    const v = 3 * this.vouchers++;
    this.voucherInts[v] = head.line;
    this.voucherInts[v + 1] = this.table.idOf(head.date);
    this.voucherInts[v + 2] = this.pending;
    this.labels.push(voucherLabel(head));
    this.rows += this.pending;
    this.pending = 0;
  }

  /**
   * The vouchers kept since the last batch, and the buffers to move rather than copy. The open voucher's
   * rows so far (a chunk may end inside it) go on in the next batch's columns.
   */
  take(): { batch: VoucherColumns; transfer: ArrayBuffer[] } {
    const strings = this.table.values.slice(this.sent);
    this.sent = this.table.values.length;
    const { rows, pending } = this;
    const batch: VoucherColumns = {
      vouchers: this.vouchers,
      voucherInts: this.voucherInts,
      labels: this.labels,
      rows,
      rowInts: this.rowInts,
      amounts: this.amounts,
      large: this.large,
      strings,
    };
    const transfer = [this.voucherInts.buffer, this.rowInts.buffer, this.amounts.buffer] as ArrayBuffer[];
    const room = Math.max(2048, rows, 2 * pending);
    this.voucherInts = new Int32Array(Math.max(3 * 1024, 3 * this.vouchers));
    this.rowInts = new Int32Array(3 * room);
    this.rowInts.set(batch.rowInts.subarray(3 * rows, 3 * (rows + pending)));
    this.amounts = new Float64Array(room);
    this.amounts.set(batch.amounts.subarray(rows, rows + pending));
    this.large = new Map();
    for (const [r, amount] of batch.large) {
      if (r >= rows) {
        this.large.set(r - rows, amount);
        batch.large.delete(r);
      }
    }
    this.vouchers = 0;
    this.rows = 0;
    this.labels = [];
    return { batch, transfer };
  }

  private addRow(
    line: number,
    account: string,
    objects: ReadonlyArray<SieObjectRef>,
    amountOre: number | bigint,
  ): void {
    const r = this.rows + this.pending++;
    if (r === this.amounts.length) {
      this.rowInts = grown(this.rowInts);
      this.amounts = grown(this.amounts);
    }
    this.rowInts[3 * r] = line;
    this.rowInts[3 * r + 1] = this.table.idOf(account);
    this.rowInts[3 * r + 2] = this.costCentreId(objects);
    const ore = Number(amountOre);
    if (Number.isSafeInteger(ore)) {
      this.amounts[r] = ore;
    } else {
      this.amounts[r] = Number.NaN;
      this.large.set(r, BigInt(amountOre));
    }
  }

  private costCentreId(objects: ReadonlyArray<SieObjectRef>): number {
    // Indexed, not for-of: this runs per row, and an iterator the optimizer does not remove is garbage.
    for (let i = 0; i < objects.length; i++) {
      const object = objects[i] as SieObjectRef;
      if (object.dimension === this.dimension) {
        return this.table.idOf(object.code);
      }
    }
    return -1;
  }
}
