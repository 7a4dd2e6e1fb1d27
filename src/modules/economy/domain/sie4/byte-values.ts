/**
 * The fast path's values, read from ASCII bytes: amounts in öre, dates, account numbers, and the strings a
 * ledger repeats on every row (accounts, object lists, dates), built once and looked up by their bytes after
 * that. Each reader gives up (NaN, -1, null) on anything unusual, and the line goes to the general reader,
 * which decides and words the problem as it always has.
 */
import { asciiText } from './byte-line.ts';
import { parseSieDate } from './values.ts';

const MINUS = 45;
const POINT = 46;
const ZERO = 48;

/**
 * Whole-kronor digits the fast path takes: with two decimals that is 15 digits of öre, exact as a number
 * (below 2^53). Longer amounts, allowed up to MAX_AMOUNT_DIGITS, are left to the general reader's bigint.
 */
const FAST_AMOUNT_DIGITS = 13;

function digitAt(bytes: Uint8Array, i: number): number {
  const digit = (bytes[i] as number) - ZERO;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/**
 * An amount (SIE 4B 5.9: optional minus, digits, optionally a point and one or two decimals) as whole öre,
 * an exact integer; NaN when it is not one or is too long to be exact as a number.
 */
export function amountOre(bytes: Uint8Array, start: number, end: number): number {
  let i = bytes[start] === MINUS ? start + 1 : start;
  const wholeStart = i;
  let ore = 0;
  for (; i < end; i++) {
    const digit = digitAt(bytes, i);
    if (digit < 0) {
      break;
    }
    ore = ore * 10 + digit;
  }
  const wholeDigits = i - wholeStart;
  if (wholeDigits === 0 || wholeDigits > FAST_AMOUNT_DIGITS) {
    return Number.NaN;
  }
  ore *= 100;
  if (i < end) {
    const decimals = end - i - 1;
    if (bytes[i] !== POINT || decimals < 1 || decimals > 2) {
      return Number.NaN;
    }
    const tenths = digitAt(bytes, i + 1);
    const hundredths = decimals === 2 ? digitAt(bytes, i + 2) : 0;
    if (tenths < 0 || hundredths < 0) {
      return Number.NaN;
    }
    ore += tenths * 10 + hundredths;
  }
  // No -0 for "-0.00": the amount goes on as a number, and -0 is not 0 to Object.is or to a column of floats.
  return wholeStart > start && ore !== 0 ? -ore : ore;
}

/** Eight ASCII digits as one number (20240131), or -1: a key for a date, checked by parseSieDate. */
export function dateKey(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 8) {
    return -1;
  }
  let key = 0;
  for (let i = start; i < end; i++) {
    const digit = digitAt(bytes, i);
    if (digit < 0) {
      return -1;
    }
    key = key * 10 + digit;
  }
  return key;
}

/** The longest account number the fast path keys (its value and length fit a safe integer). */
const MAX_ACCOUNT_DIGITS = 13;

/** ASCII digits as a key that tells "0123" from "123", or -1 when they are not one to thirteen digits. */
export function digitsKey(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > MAX_ACCOUNT_DIGITS) {
    return -1;
  }
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = digitAt(bytes, i);
    if (digit < 0) {
      return -1;
    }
    value = value * 10 + digit;
  }
  return value * 16 + length;
}

/** FNV-1a over the bytes: a key for an object list, confirmed by comparing the bytes on a hit. */
export function bytesHash(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  }
  return (hash ^ (end - start)) >>> 0;
}

/**
 * A value per distinct key, kept for the ledger's few distinct accounts, object lists and dates. Bounded:
 * past `limit` keys (a file of unusual variety) it starts afresh, so memory never grows with the file.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.limit) {
      this.map.clear();
    }
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
  }
}

/** A date as ISO (2024-01-31), or null when it is not one; cached by its digits. */
export class DateCache {
  private readonly dates = new BoundedCache<number, string | null>(1024);

  read(bytes: Uint8Array, start: number, end: number): string | null | undefined {
    const key = dateKey(bytes, start, end);
    if (key < 0) {
      return undefined;
    }
    let date = this.dates.get(key);
    if (date === undefined) {
      date = parseSieDate(asciiText(bytes, start, end));
      this.dates.set(key, date);
    }
    return date;
  }
}

/** A string cached by its bytes' hash, the bytes kept to confirm a hit. */
export interface ByteKeyed<V> {
  readonly bytes: Uint8Array;
  readonly value: V;
}

export function sameBytes(entry: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (entry.length !== end - start) {
    return false;
  }
  for (let i = 0; i < entry.length; i++) {
    if (entry[i] !== bytes[start + i]) {
      return false;
    }
  }
  return true;
}
