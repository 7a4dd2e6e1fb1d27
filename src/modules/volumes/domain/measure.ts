/**
 * Volume measures and personnel figures (domain.md §2.8–2.9) as series of their own: a measure belongs to
 * one unit and holds values per year, period and kind – outcomes, budget, plan, forecasts and targets –
 * each a total with optional parts for men and women, or "ingen uppgift" (I.U.) with a reason
 * (docs/adr/0014-volumes-and-personnel.md).
 *
 * Pure: the rules a measure and a value must keep, and the Swedish names of their kinds.
 */
import { ROUND_KINDS } from '#core/period.ts';

/** Basuppdrag (volumes: ärenden, fakturor, kök …) or personnel (tillsvidareanställda, sjukfrånvaro …). */
export const MEASURE_KINDS = ['volume', 'personnel'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_KIND_LABELS: Readonly<Record<MeasureKind, string>> = {
  volume: 'Volym (basuppdrag)',
  personnel: 'Personal',
};

/** What a value is: a measured outcome, a budget or plan figure, a forecast, or a target ("Målvärde"). */
export const VALUE_KINDS = ['outcome', 'budget', 'plan', 'forecast', 'target'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const VALUE_KIND_LABELS: Readonly<Record<ValueKind, string>> = {
  outcome: 'Utfall',
  budget: 'Budget',
  plan: 'Plan',
  forecast: 'Prognos',
  target: 'Målvärde',
};

/**
 * When in the yearly cycle a value stands: `year` for the whole year, not tied to a round; or the round
 * that stated it. At an interim round an outcome is the year to date ("Augusti 2019", 004:59-69) and a
 * forecast the whole year as forecast then ("Prognos 2019"); `closing` is the figure the annual report
 * closed the year with ("Bokslut 2019", 002:84-90); `budget` the figure as the budget document states it
 * ("Prognos 2020" in the budget for 2020, 001:1427).
 */
export const VALUE_PERIODS = ['year', ...ROUND_KINDS] as const;
export type ValuePeriod = (typeof VALUE_PERIODS)[number];

export const VALUE_PERIOD_LABELS: Readonly<Record<ValuePeriod, string>> = {
  year: 'Helår',
  budget: 'Budgetdokumentet',
  april: 'Delår 30 april',
  august: 'Delår 31 augusti',
  october: 'Oktoberuppföljning',
  closing: 'Bokslut',
};

/** The gender parts of a value, in the order the seeds print them: män before kvinnor (000:219-220). */
export const GENDER_PARTS = ['men', 'women'] as const;
export type GenderPart = (typeof GENDER_PARTS)[number];

export const GENDER_PART_LABELS: Readonly<Record<GenderPart, string>> = {
  men: 'Män',
  women: 'Kvinnor',
};

/** The years a measure was measured: from one year, to another or still. */
export interface MeasureSpan {
  readonly validFromYear: number;
  readonly validToYear: number | null;
}

export function isSpanOrdered(span: MeasureSpan): boolean {
  return span.validToYear === null || span.validToYear >= span.validFromYear;
}

/** True when the measure was measured in the year. */
export function isMeasuredIn(span: MeasureSpan, year: number): boolean {
  return year >= span.validFromYear && (span.validToYear === null || year <= span.validToYear);
}

/** The years, of those given, that lie outside the measure's span, in order and once each. */
export function yearsOutside(span: MeasureSpan, years: readonly number[]): number[] {
  return [...new Set(years.filter((year) => !isMeasuredIn(span, year)))].sort((a, b) => a - b);
}

/** What the rules read of a value. */
export interface ValueFacts {
  readonly year: number;
  readonly total: string | null;
  readonly men: string | null;
  readonly women: string | null;
  readonly noData: boolean;
  readonly noDataReason: string | null;
}

export type ValueRule =
  | 'value_and_no_data'
  | 'empty'
  | 'reason_without_no_data'
  | 'year_before_measure'
  | 'year_after_measure';

/** A broken rule and the field it concerns. */
export interface ValueProblem {
  readonly rule: ValueRule;
  readonly path: 'total' | 'men' | 'women' | 'noDataReason' | 'year';
}

/**
 * The rules of one value: a figure or "ingen uppgift", never both and never neither; parts only beside a
 * total; a reason only for "ingen uppgift"; and a year the measure was measured in (before it, the tables
 * print I.U. by themselves).
 */
export function checkValue(value: ValueFacts, measure: MeasureSpan): ValueProblem[] {
  const problems: ValueProblem[] = [];
  if (value.noData) {
    for (const path of ['total', ...GENDER_PARTS] as const) {
      if (value[path] !== null) {
        problems.push({ rule: 'value_and_no_data', path });
      }
    }
  } else {
    if (value.total === null) {
      problems.push({ rule: 'empty', path: 'total' });
    }
    if (value.noDataReason !== null) {
      problems.push({ rule: 'reason_without_no_data', path: 'noDataReason' });
    }
  }
  if (value.year < measure.validFromYear) {
    problems.push({ rule: 'year_before_measure', path: 'year' });
  } else if (measure.validToYear !== null && value.year > measure.validToYear) {
    problems.push({ rule: 'year_after_measure', path: 'year' });
  }
  return problems;
}
