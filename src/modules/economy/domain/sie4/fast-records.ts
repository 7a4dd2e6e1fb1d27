/**
 * The fast path of the SIE reader: the lines that make up nearly all of a ledger – #TRANS rows, #VER heads
 * and the braces around their blocks – read straight from the file's bytes. A profile of the general reader
 * on a million rows showed most of its time in decoding the bytes, splitting them into line strings, slicing
 * fields and collecting the garbage; here a row costs a scan of its bytes, a few cache lookups and the row
 * object itself. Accounts, object lists and dates are built once per distinct value and looked up by their
 * bytes after that: a ledger has few distinct ones.
 *
 * It only takes what it is sure of. A line with anything unusual (see byte-line.ts), or with a problem of
 * any kind – an undeclared account or object, an invalid date or quantity, an amount beyond its digits – is
 * left to the general reader, so every problem is found and worded exactly as before; the differential tests
 * in fast-records.test.ts hold the two to the same result.
 */
import { ByteLine, bytesEqual, FIELD_BARE, FIELD_LIST } from './byte-line.ts';
import {
  amountOre,
  BoundedCache,
  type ByteKeyed,
  bytesHash,
  DateCache,
  digitsKey,
  sameBytes,
} from './byte-values.ts';
import { CLOSE, HASH, OPEN, SPACE, TAB } from './char-codes.ts';
import type { SieDeclarations } from './declarations.ts';
import type { LineDecoder } from './encoding.ts';
import type { SieObjectRef } from './types.ts';
import { isQuantity } from './values.ts';

const LETTER_T = 84;
const LETTER_V = 86;

export type FastLineKind = 'open' | 'close' | 'trans' | 'voucher' | null;

/** A #TRANS as read, valid in every respect the reader checks. `date` is null when the row has none. */
export interface FastRow {
  account: string;
  objects: ReadonlyArray<SieObjectRef>;
  /** Whole öre, a safe integer (the fast path reads no more digits than that holds). */
  amountOre: number;
  date: string | null;
  text: string;
  quantity: string | null;
}

/** A #VER head as read, valid in every respect the reader checks. */
export interface FastVoucherHead {
  series: string;
  number: string;
  date: string;
  text: string;
  registered: string | null;
}

/** Distinct accounts or object lists kept: far more than a ledger has, few enough to bound memory. */
const CACHE_LIMIT = 4096;

/** C1 control characters (U+007F–U+009F), which a decoded text may hold though its bytes are not controls. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x7f && code <= 0x9f) {
      return true;
    }
  }
  return false;
}

export class FastRecords {
  private readonly fields = new ByteLine();
  private readonly dates = new DateCache();
  /** Declared accounts by their digits. */
  private readonly accounts = new BoundedCache<number, string>(CACHE_LIMIT);
  /** Valid object lists by the bytes between their braces. */
  private readonly lists = new BoundedCache<number, ByteKeyed<ReadonlyArray<SieObjectRef>>>(CACHE_LIMIT);
  /** The declarations' version the caches were filled under. */
  private version = -1;
  private readonly row: FastRow = {
    account: '',
    objects: [],
    amountOre: 0,
    date: null,
    text: '',
    quantity: null,
  };
  private readonly head: FastVoucherHead = { series: '', number: '', date: '', text: '', registered: null };

  constructor(
    private readonly declarations: SieDeclarations,
    private readonly decode: LineDecoder,
  ) {}

  firstNonBlank(bytes: Uint8Array, start: number, end: number): number {
    let i = start;
    while (i < end && (bytes[i] === SPACE || bytes[i] === TAB)) {
      i++;
    }
    return i;
  }

  /** What the line starting at `first` (not blank) is, as far as the fast path reads it. */
  kindOf(bytes: Uint8Array, first: number, end: number): FastLineKind {
    const byte = bytes[first];
    if (byte === OPEN || byte === CLOSE) {
      return this.firstNonBlank(bytes, first + 1, end) === end ? (byte === OPEN ? 'open' : 'close') : null;
    }
    if (byte !== HASH) {
      return null;
    }
    const second = bytes[first + 1];
    if (second === LETTER_T) {
      return isLabel(bytes, first, end, '#TRANS') ? 'trans' : null;
    }
    return second === LETTER_V && isLabel(bytes, first, end, '#VER') ? 'voucher' : null;
  }

  /** The #TRANS at `first`, or null to leave it to the general reader. Valid until the next call. */
  transaction(bytes: Uint8Array, first: number, end: number): FastRow | null {
    const f = this.fields;
    if (!f.scan(bytes, first + 6, end) || f.count < 3) {
      return null;
    }
    this.renew();
    const account = this.account(f);
    const objects = account === null ? null : this.objectList(f);
    if (objects === null || f.kind[2] !== FIELD_BARE || f.high[2] !== 0) {
      return null;
    }
    const ore = amountOre(bytes, f.start[2] as number, f.end[2] as number);
    const date = this.optionalDate(3);
    const text = this.optionalText(4);
    const quantity = this.quantity(5);
    if (
      Number.isNaN(ore) ||
      date === undefined ||
      text === null ||
      quantity === undefined ||
      !this.restPlain(6)
    ) {
      return null;
    }
    const row = this.row;
    row.account = account as string;
    row.objects = objects;
    row.amountOre = ore;
    row.date = date;
    row.text = text;
    row.quantity = quantity;
    return row;
  }

  /** The #VER at `first`, or null to leave it to the general reader. Valid until the next call. */
  voucher(bytes: Uint8Array, first: number, end: number): FastVoucherHead | null {
    const f = this.fields;
    if (!f.scan(bytes, first + 4, end) || !f.isText(2)) {
      return null;
    }
    const series = this.optionalText(0);
    const number = this.optionalText(1);
    const date = this.dates.read(bytes, f.start[2] as number, f.end[2] as number);
    const text = this.optionalText(3);
    const registered = this.optionalDate(4);
    if (
      series === null ||
      number === null ||
      typeof date !== 'string' ||
      text === null ||
      registered === undefined ||
      !this.restPlain(5)
    ) {
      return null;
    }
    const head = this.head;
    head.series = series;
    head.number = number;
    head.date = date;
    head.text = text;
    head.registered = registered;
    return head;
  }

  /** Forgets what was looked up in the declarations once they have changed. */
  private renew(): void {
    if (this.version !== this.declarations.version) {
      this.version = this.declarations.version;
      this.accounts.clear();
      this.lists.clear();
    }
  }

  /** Field 0 as a declared account of digits, or null. */
  private account(f: ByteLine): string | null {
    if (!f.isText(0)) {
      return null;
    }
    const key = digitsKey(f.bytes, f.start[0] as number, f.end[0] as number);
    if (key < 0) {
      return null;
    }
    let account = this.accounts.get(key);
    if (account === undefined) {
      account = f.ascii(0);
      if (!this.declarations.hasAccount(account)) {
        return null;
      }
      this.accounts.set(key, account);
    }
    return account;
  }

  /** Field 1 as a valid object list's pairs, or null. */
  private objectList(f: ByteLine): ReadonlyArray<SieObjectRef> | null {
    if (f.count < 2 || f.kind[1] !== FIELD_LIST) {
      return null;
    }
    const { bytes, listStart, listEnd } = f;
    const hash = bytesHash(bytes, listStart, listEnd);
    const cached = this.lists.get(hash);
    if (cached !== undefined && sameBytes(cached.bytes, bytes, listStart, listEnd)) {
      return cached.value;
    }
    const items: string[] = [];
    for (let i = 0; i < f.items; i++) {
      items.push(f.itemText(i));
    }
    const refs = this.declarations.validObjects(items);
    if (refs !== null && cached === undefined) {
      this.lists.set(hash, { bytes: bytes.slice(listStart, listEnd), value: refs });
    }
    return refs;
  }

  /**
   * Field n as an optional date: null when absent or "", undefined when it is anything but a valid
   * date (the general reader then reports it, or finds an object list where it should not be).
   */
  private optionalDate(n: number): string | null | undefined {
    const f = this.fields;
    if (f.isEmpty(n)) {
      return null;
    }
    if (f.kind[n] === FIELD_LIST || f.high[n] !== 0) {
      return undefined;
    }
    return this.dates.read(f.bytes, f.start[n] as number, f.end[n] as number) ?? undefined;
  }

  /** Field n as an optional text, '' when absent; null when it is an object list or holds a control. */
  private optionalText(n: number): string | null {
    const f = this.fields;
    if (n >= f.count) {
      return '';
    }
    if (f.kind[n] === FIELD_LIST) {
      return null;
    }
    if (f.high[n] === 0) {
      return f.ascii(n);
    }
    const text = this.decode(f.bytes, f.start[n] as number, f.end[n] as number);
    return hasControl(text) ? null : text;
  }

  /** Field n as an optional quantity: null when absent or "", undefined when not a valid one. */
  private quantity(n: number): string | null | undefined {
    const f = this.fields;
    if (n >= f.count) {
      return null;
    }
    if (f.kind[n] === FIELD_LIST || f.high[n] !== 0) {
      return undefined;
    }
    const text = f.ascii(n);
    return text === '' ? null : isQuantity(text) ? text : undefined;
  }

  /** Fields from n on are not read, but a non-ASCII one may hide a C1 control the general reader refuses. */
  private restPlain(n: number): boolean {
    const f = this.fields;
    for (let i = n; i < f.count; i++) {
      if (f.high[i] !== 0) {
        return false;
      }
    }
    return true;
  }
}

/** Whether the line at `first` starts with the label, followed by a blank or the end of the line. */
function isLabel(bytes: Uint8Array, first: number, end: number, label: string): boolean {
  const after = first + label.length;
  if (after > end || !bytesEqual(bytes, first, after, label)) {
    return false;
  }
  return after === end || bytes[after] === SPACE || bytes[after] === TAB;
}
