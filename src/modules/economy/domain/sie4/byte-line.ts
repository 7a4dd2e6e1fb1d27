/**
 * The fast path's tokenizer: the fields of one line read straight from the file's bytes, without decoding the
 * line into a string first. It follows tokenizer.ts field for field, but only as far as it can be sure: any
 * line it does not fully understand – an escaped quote, a control character, a non-ASCII byte where it
 * matters, more fields or object items than it keeps room for – makes it give up, and the line is decoded
 * and read by the general reader instead, with the same result and the same messages as always.
 *
 * Fields are kept as spans (offsets into the bytes), in typed arrays reused for every line, so a line costs
 * no allocation at all until the reader asks for a value.
 */

import { BACKSLASH, CLOSE, DELETE, OPEN, QUOTE, SPACE, stringOfBytes, TAB } from './char-codes.ts';

/** More fields than #TRANS or #VER have (8 and 7) with room for extra ones, which SIE allows and ignores. */
const MAX_FIELDS = 12;
/** Object list items: four pairs of dimension and object, more than rows of real ledgers carry. */
const MAX_ITEMS = 8;

export const FIELD_BARE = 0;
export const FIELD_QUOTED = 1;
export const FIELD_LIST = 2;

/** Bytes 0–31 and 127 are control characters (4B 5.7); the tab among them only separates fields. */
function isControlByte(byte: number): boolean {
  return byte < 32 || byte === DELETE;
}

/** One line's fields after its label, as spans. Field 0 here is the record's field 1 (the label is field 0). */
export class ByteLine {
  bytes: Uint8Array = new Uint8Array(0);
  /** How many fields follow the label. */
  count = 0;
  readonly start = new Int32Array(MAX_FIELDS);
  readonly end = new Int32Array(MAX_FIELDS);
  readonly kind = new Uint8Array(MAX_FIELDS);
  /** 1 when the field holds a byte above 0x7F: its text needs the file's decoder. */
  readonly high = new Uint8Array(MAX_FIELDS);
  /** The object list's items (of the one list a line may have here), as spans. */
  items = 0;
  readonly itemStart = new Int32Array(MAX_ITEMS);
  readonly itemEnd = new Int32Array(MAX_ITEMS);
  /** Object lists read: the items of the first are kept. */
  lists = 0;
  /** The span of the list between its braces, for looking it up as a whole. */
  listStart = 0;
  listEnd = 0;

  /**
   * Reads the fields of bytes[from, to) (the label already read, `to` before any CR); false when the line is
   * one to leave to the general reader.
   */
  scan(bytes: Uint8Array, from: number, to: number): boolean {
    this.bytes = bytes;
    this.count = 0;
    this.items = 0;
    this.lists = 0;
    let i = from;
    while (true) {
      while (i < to && (bytes[i] === SPACE || bytes[i] === TAB)) {
        i++;
      }
      if (i >= to) {
        return true;
      }
      if (this.count === MAX_FIELDS) {
        return false;
      }
      const byte = bytes[i] as number;
      i =
        byte === QUOTE
          ? this.quoted(bytes, i, to)
          : byte === OPEN
            ? this.list(bytes, i, to)
            : this.bare(bytes, i, to);
      if (i < 0) {
        return false;
      }
    }
  }

  /** A bare field from `at` up to a blank (tokenizer.ts's bare(false)); the offset after it, or -1. */
  private bare(bytes: Uint8Array, at: number, to: number): number {
    let high = 0;
    let i = at;
    for (; i < to; i++) {
      const byte = bytes[i] as number;
      if (byte === SPACE || byte === TAB) {
        break;
      }
      if (isControlByte(byte)) {
        return -1;
      }
      high |= byte >> 7;
    }
    this.field(FIELD_BARE, at, i, high);
    return i;
  }

  /** A quoted field, `at` on its opening quote; -1 for an escaped quote, a control or no closing quote. */
  private quoted(bytes: Uint8Array, at: number, to: number): number {
    const close = closingQuote(bytes, at + 1, to);
    if (close < 0) {
      return -1;
    }
    let high = 0;
    for (let i = at + 1; i < close; i++) {
      high |= (bytes[i] as number) >> 7;
    }
    this.field(FIELD_QUOTED, at + 1, close, high);
    return close + 1;
  }

  /**
   * An object list, `at` on its {; items must be ASCII. Only the first list's items are kept: a later one
   * stands where the reader looks for no list (it then reads the line itself) or for nothing at all.
   */
  private list(bytes: Uint8Array, at: number, to: number): number {
    const keep = this.lists++ === 0;
    let i = at + 1;
    while (true) {
      while (i < to && (bytes[i] === SPACE || bytes[i] === TAB)) {
        i++;
      }
      if (i >= to) {
        return -1; // unterminated: the general reader says so
      }
      const byte = bytes[i] as number;
      if (byte === CLOSE) {
        if (keep) {
          this.listStart = at + 1;
          this.listEnd = i;
        }
        this.field(FIELD_LIST, at, i + 1, 0);
        return i + 1;
      }
      if (keep && this.items === MAX_ITEMS) {
        return -1;
      }
      i = byte === QUOTE ? this.quotedItem(bytes, i, to, keep) : this.bareItem(bytes, i, to, keep);
      if (i < 0) {
        return -1;
      }
    }
  }

  /** A bare item stops at a blank, } or " (tokenizer.ts's bare(true)). */
  private bareItem(bytes: Uint8Array, at: number, to: number, keep: boolean): number {
    let i = at;
    for (; i < to; i++) {
      const byte = bytes[i] as number;
      if (byte === SPACE || byte === TAB || byte === CLOSE || byte === QUOTE) {
        break;
      }
      if (isControlByte(byte) || byte > DELETE) {
        return -1;
      }
    }
    if (keep) {
      this.item(at, i);
    }
    return i;
  }

  private quotedItem(bytes: Uint8Array, at: number, to: number, keep: boolean): number {
    const close = closingQuote(bytes, at + 1, to);
    if (close < 0) {
      return -1;
    }
    for (let i = at + 1; i < close; i++) {
      if ((bytes[i] as number) > DELETE) {
        return -1;
      }
    }
    if (keep) {
      this.item(at + 1, close);
    }
    return close + 1;
  }

  private field(kind: number, start: number, end: number, high: number): void {
    const n = this.count++;
    this.kind[n] = kind;
    this.start[n] = start;
    this.end[n] = end;
    this.high[n] = high;
  }

  private item(start: number, end: number): void {
    const n = this.items++;
    this.itemStart[n] = start;
    this.itemEnd[n] = end;
  }

  /** Whether field n exists and is text (bare or quoted), not an object list. */
  isText(n: number): boolean {
    return n < this.count && this.kind[n] !== FIELD_LIST;
  }

  /** Whether field n is absent or an empty text (""): what the reader takes as "not given". */
  isEmpty(n: number): boolean {
    return n >= this.count || (this.kind[n] !== FIELD_LIST && this.start[n] === this.end[n]);
  }

  /** Field n's text when it is ASCII (bytes are characters); the caller checked it is text. */
  ascii(n: number): string {
    return asciiText(this.bytes, this.start[n] as number, this.end[n] as number);
  }

  itemText(n: number): string {
    return asciiText(this.bytes, this.itemStart[n] as number, this.itemEnd[n] as number);
  }
}

/**
 * The offset of the quote closing a quoted text that starts at `from`, or -1 when there is none, when the text
 * has an escaped quote (\", which the general reader unescapes) or a control character (a tab included:
 * inside quotes it is text, and refused as such).
 */
function closingQuote(bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const byte = bytes[i] as number;
    if (byte === QUOTE) {
      return i;
    }
    if (isControlByte(byte) || (byte === BACKSLASH && bytes[i + 1] === QUOTE)) {
      return -1;
    }
  }
  return -1;
}

/** Texts up to this length are built from an array of their codes: cheaper than a view of the bytes for them. */
const SHORT_TEXT = 64;

/** ASCII bytes as a string. Short texts (codes, numbers) are built directly; fromCharCode takes the rest. */
export function asciiText(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT_TEXT) {
    return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  return stringOfBytes(bytes, start, end);
}

/** True when bytes[start, end) are the ASCII bytes of `text`. */
export function bytesEqual(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    if (bytes[start + i] !== text.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}
