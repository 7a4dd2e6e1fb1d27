/**
 * An activity's planned completion ("Slutfört" in the verksamhetsplan tables, 001:1542-1663): a date, a
 * month ("Jan 2020"), a quarter ("Q1 2020", "Q1"), a tertial ("Tertial 2") or "Löpande under året". Stored
 * as a kind and its value (year, number, date); a quarter, month or tertial printed without a year ("Q1",
 * "Tertial 2") is of the plan's own year, so it follows the activity when it is carried into the next one.
 * Pure: the formatter and the rounds an activity is due in.
 */
import { isMonth, longMonthName, type RoundKind } from '#core/period.ts';

export const COMPLETION_KINDS = ['date', 'month', 'quarter', 'tertial', 'ongoing'] as const;
export type CompletionKind = (typeof COMPLETION_KINDS)[number];

export const COMPLETION_KIND_LABELS: Readonly<Record<CompletionKind, string>> = {
  date: 'Datum',
  month: 'Månad',
  quarter: 'Kvartal',
  tertial: 'Tertial',
  ongoing: 'Löpande under året',
};

/** The planned completion as a discriminated value; `year` null: the plan's own year. */
export type Completion =
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'month'; readonly year: number | null; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number | null; readonly quarter: number }
  | { readonly kind: 'tertial'; readonly year: number | null; readonly tertial: number }
  | { readonly kind: 'ongoing' };

/** The stored fields of a completion, as an activity record holds them. */
export interface CompletionFields {
  readonly completionKind: CompletionKind;
  readonly completionYear: number | null;
  readonly completionNumber: number | null;
  readonly completionDate: string | null;
}

/** How many of each period a year has. */
const PERIOD_COUNT = { month: 12, quarter: 4, tertial: 3 } as const;

export type CompletionProblem =
  | { readonly rule: 'number_missing'; readonly kind: 'month' | 'quarter' | 'tertial' }
  | {
      readonly rule: 'number_out_of_range';
      readonly kind: 'month' | 'quarter' | 'tertial';
      readonly value: number;
    }
  | { readonly rule: 'date_missing' }
  | { readonly rule: 'extra_value'; readonly kind: CompletionKind; readonly field: keyof CompletionFields };

/** What is wrong with stored completion fields: a missing, out-of-range or superfluous value. */
export function checkCompletion(fields: CompletionFields): CompletionProblem[] {
  const { completionKind: kind } = fields;
  const problems: CompletionProblem[] = [];
  const extra = (field: keyof CompletionFields) => problems.push({ rule: 'extra_value', kind, field });
  if (kind === 'date') {
    if (fields.completionDate === null) {
      problems.push({ rule: 'date_missing' });
    }
    if (fields.completionYear !== null) extra('completionYear');
    if (fields.completionNumber !== null) extra('completionNumber');
    return problems;
  }
  if (fields.completionDate !== null) extra('completionDate');
  if (kind === 'ongoing') {
    if (fields.completionYear !== null) extra('completionYear');
    if (fields.completionNumber !== null) extra('completionNumber');
    return problems;
  }
  const number = fields.completionNumber;
  if (number === null) {
    problems.push({ rule: 'number_missing', kind });
  } else if (!Number.isInteger(number) || number < 1 || number > PERIOD_COUNT[kind]) {
    problems.push({ rule: 'number_out_of_range', kind, value: number });
  }
  return problems;
}

/** The completion a record's fields hold; throws on fields `checkCompletion` refuses. */
export function completionOf(fields: CompletionFields): Completion {
  if (checkCompletion(fields).length > 0) {
    throw new Error(`Invalid completion: ${JSON.stringify(fields)}`);
  }
  const year = fields.completionYear;
  const number = fields.completionNumber ?? 0;
  switch (fields.completionKind) {
    case 'date':
      return { kind: 'date', date: fields.completionDate ?? '' };
    case 'month':
      return { kind: 'month', year, month: number };
    case 'quarter':
      return { kind: 'quarter', year, quarter: number };
    case 'tertial':
      return { kind: 'tertial', year, tertial: number };
    case 'ongoing':
      return { kind: 'ongoing' };
  }
}

/** The stored fields of a completion. */
export function completionFields(completion: Completion): CompletionFields {
  const none = { completionYear: null, completionNumber: null, completionDate: null };
  switch (completion.kind) {
    case 'date':
      return { ...none, completionKind: 'date', completionDate: completion.date };
    case 'month':
      return {
        ...none,
        completionKind: 'month',
        completionYear: completion.year,
        completionNumber: completion.month,
      };
    case 'quarter':
      return {
        ...none,
        completionKind: 'quarter',
        completionYear: completion.year,
        completionNumber: completion.quarter,
      };
    case 'tertial':
      return {
        ...none,
        completionKind: 'tertial',
        completionYear: completion.year,
        completionNumber: completion.tertial,
      };
    case 'ongoing':
      return { ...none, completionKind: 'ongoing' };
  }
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
const withYear = (text: string, year: number | null) => (year === null ? text : `${text} ${year}`);

/**
 * The completion in Swedish, as the "Slutfört" column prints it: "2020-03-31", "Januari 2020", "Kvartal 1
 * 2020", "Kvartal 1", "Tertial 2", "Löpande under året".
 */
export function formatCompletion(completion: Completion): string {
  switch (completion.kind) {
    case 'date':
      return completion.date;
    case 'month':
      return withYear(
        capitalised(isMonth(completion.month) ? longMonthName(completion.month) : String(completion.month)),
        completion.year,
      );
    case 'quarter':
      return withYear(`Kvartal ${completion.quarter}`, completion.year);
    case 'tertial':
      return withYear(`Tertial ${completion.tertial}`, completion.year);
    case 'ongoing':
      return COMPLETION_KIND_LABELS.ongoing;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;

/** The last day the completion allows (YYYY-MM-DD), in a plan for `planYear`; null for "löpande". */
export function completionEnd(completion: Completion, planYear: number): string | null {
  switch (completion.kind) {
    case 'date':
      return completion.date;
    case 'month':
      return monthEnd(completion.year ?? planYear, completion.month);
    case 'quarter':
      return monthEnd(completion.year ?? planYear, completion.quarter * 3);
    case 'tertial':
      return monthEnd(completion.year ?? planYear, completion.tertial * 4);
    case 'ongoing':
      return null;
  }
}

/** A reporting round as the due rule sees it. */
export interface RoundPoint {
  readonly year: number;
  readonly kind: RoundKind;
  /** YYYY-MM-DD. */
  readonly deadline: string;
}

/** The round that follows a tertial up: the first at or after its end (T1 → april, T2 → august, T3 → bokslut). */
const TERTIAL_ROUNDS: readonly RoundKind[] = ['april', 'august', 'closing'];
const FOLLOW_UP_ORDER: readonly RoundKind[] = ['april', 'august', 'october', 'closing'];

/**
 * True when the activity should be reported on in the round: from the round its completion falls due in
 * onwards, so an activity not done when planned is still asked about in the next round. A tertial falls due
 * in its own round (tertial 1 → april, 2 → august, 3 → bokslut); a date, month or quarter in the first round
 * whose deadline is on or after its end; "löpande under året" in every follow-up round of the plan's year.
 * The budget round follows nothing up.
 */
export function isDueInRound(completion: Completion, planYear: number, round: RoundPoint): boolean {
  if (round.kind === 'budget') {
    return false;
  }
  switch (completion.kind) {
    case 'ongoing':
      return round.year === planYear;
    case 'tertial': {
      const year = completion.year ?? planYear;
      if (round.year !== year) {
        return round.year > year;
      }
      const due = TERTIAL_ROUNDS[completion.tertial - 1] ?? 'closing';
      return FOLLOW_UP_ORDER.indexOf(round.kind) >= FOLLOW_UP_ORDER.indexOf(due);
    }
    default:
      return (completionEnd(completion, planYear) ?? '') <= round.deadline;
  }
}

/** The rounds, of those given, that the activity is due in. */
export function roundsDue<R extends RoundPoint>(
  completion: Completion,
  planYear: number,
  rounds: readonly R[],
): R[] {
  return rounds.filter((round) => isDueInRound(completion, planYear, round));
}
