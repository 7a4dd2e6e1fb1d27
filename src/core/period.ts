/**
 * Periods of a year. An outcome covers a whole year or a run of months in it ("jan–jul"); reporting rounds
 * fall at fixed points of the year (domain.md §5.1: 30 april, 31 augusti, 31 oktober, bokslut).
 */

export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** A run of months within one year, both ends included. */
export interface MonthSpan {
  readonly fromMonth: Month;
  readonly toMonth: Month;
}

const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** The months' names, January first, as Swedish writes them in running text. */
export const MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export function isMonth(value: number): value is Month {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

export function isWholeYear(span: MonthSpan): boolean {
  return span.fromMonth === 1 && span.toMonth === 12;
}

export function shortMonthName(month: Month): string {
  return SHORT_MONTHS[month - 1] ?? '';
}

export function longMonthName(month: Month): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** "jan–jul" for a partial year, "" for the whole year. */
export function formatMonthSpan(span: MonthSpan): string {
  if (isWholeYear(span)) {
    return '';
  }
  if (span.fromMonth === span.toMonth) {
    return shortMonthName(span.fromMonth);
  }
  return `${shortMonthName(span.fromMonth)}–${shortMonthName(span.toMonth)}`;
}

/**
 * The footnote the seed documents print under a partial outcome: "utfall januari till juli", or for a
 * forecast "helårsprognos efter juli månad" (000:382, 409).
 */
export function describeMonthSpan(span: MonthSpan, isForecast: boolean): string | null {
  if (isForecast) {
    return `helårsprognos efter ${longMonthName(span.toMonth)} månad`;
  }
  if (isWholeYear(span)) {
    return null;
  }
  return `utfall ${longMonthName(span.fromMonth)} till ${longMonthName(span.toMonth)}`;
}

/**
 * The kinds of reporting round in the yearly cycle. `budget` is the planning round in which the budget
 * document reports the latest known outcomes (000: 2021 and jan–jul 2022 in the budget for 2023).
 */
export const ROUND_KINDS = ['budget', 'april', 'august', 'october', 'closing'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** The last month a round's year-to-date outcomes can cover. */
export function roundEndMonth(kind: RoundKind): Month {
  switch (kind) {
    case 'april':
      return 4;
    case 'august':
      return 8;
    case 'october':
      return 10;
    default:
      return 12;
  }
}

/** True for rounds whose verdict is a forecast for the full year (delårsrapport, oktoberuppföljning). */
export function isInterimRound(kind: RoundKind): boolean {
  return kind === 'april' || kind === 'august' || kind === 'october';
}
