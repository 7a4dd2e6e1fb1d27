/**
 * Swedish display formats. Numbers group thousands with a no-break space and use a decimal comma and the
 * typographic minus sign, as Intl's sv-SE does ("−1 234,5"); dates are ISO (2026-11-23), as Swedish
 * authorities write them.
 */
import { type DecimalString, roundDecimal } from './decimal.ts';

const NO_BREAK_SPACE = '\u00a0';
const MINUS = '\u2212';

/** Formats an exact decimal the Swedish way, keeping its own scale unless `decimals` is given. */
export function formatDecimal(value: DecimalString, options: { decimals?: number } = {}): string {
  const rounded = options.decimals === undefined ? value : roundDecimal(value, options.decimals);
  const negative = rounded.startsWith('-');
  const [whole = '0', fraction] = (negative ? rounded.slice(1) : rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NO_BREAK_SPACE);
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`;
  return negative ? `${MINUS}${body}` : body;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Swedish alphabetical order (å, ä, ö after z), for sorting names in the UI and in exports. */
export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b);
}

// Made once: building a formatter costs far more than formatting, and some pages format on every request.
const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
const swedishDateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** Formats a date or timestamp as YYYY-MM-DD in Swedish local time (the calendar day in Sweden). */
export function formatDate(value: Date | string): string {
  return swedishDate.format(typeof value === 'string' ? new Date(value) : value);
}

/**
 * Today as a Swedish calendar date (YYYY-MM-DD in Europe/Stockholm): a deadline passes at midnight in
 * Sweden, not in UTC. `now` is the moment asked about, the current one unless given.
 */
export function swedishToday(now: Date = new Date()): string {
  return formatDate(now);
}

const swedishLongDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

/** Formats a calendar date ("2019-12-31") in words: "31 december 2019". */
export function formatLongDate(isoDate: string): string {
  return swedishLongDate.format(new Date(`${isoDate}T12:00:00Z`));
}

/** Formats a timestamp as "2026-11-23 14:05" in Swedish local time. */
export function formatDateTime(value: Date | string): string {
  return swedishDateTime.format(typeof value === 'string' ? new Date(value) : value);
}
