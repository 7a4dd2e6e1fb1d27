/**
 * The economy's charts as neutral chart models (core/chart.ts), from the figures the operating statement
 * reads (ADR 0013):
 *
 * - costs and revenues per child unit, this year against the same months last year – the statement's rows,
 *   each unit with everything below it, as its "varav kostnader" and "varav intäkter" print them;
 * - the whole-year forecast against the budget at each interim round of the year – the forecast the
 *   statement takes at that round for the unit asked for (its own, else its children's), as a net on the
 *   chosen sign scale.
 *
 * Figures are rounded to the display unit exactly as the statement prints them (money.ts), so a chart and
 * the statement beside it show the same numbers, and every chart carries its table.
 *
 * Pure: the caller loads the amounts; this decides only what is drawn and said.
 */
import { buildChart, type ChartModel, type ChartPoint } from '#core/chart.ts';
import { longMonthName, type Month, type RoundKind } from '#core/period.ts';
import type { TableRef } from '#core/table.ts';
import { ROUND_KIND_LABELS } from '../../planning/domain/index.ts';
import { describeSignConvention, netAmount, type SignConvention } from './statement/conventions.ts';
import {
  type Amounts,
  checkDecimals,
  DEFAULT_DECIMALS,
  type DisplayUnit,
  type GrossAmounts,
  type Ore,
  roundOreToDecimal,
} from './statement/money.ts';

/** A row of the costs-and-revenues chart: a child unit, or what is booked on the unit itself. */
export interface UnitAmounts {
  readonly key: string;
  readonly name: string;
  readonly ref: TableRef | null;
  /** This year's months; null when the ledger holds nothing for them (drawn and printed empty). */
  readonly current: GrossAmounts | null;
  /** The same months last year; null as above. */
  readonly previous: GrossAmounts | null;
}

export interface CostsAndRevenuesInput {
  /** The unit asked for, whose children are the categories. */
  readonly unitName: string;
  readonly unitCode: string;
  readonly year: number;
  /** The last month of the year counted, on both years. */
  readonly throughMonth: Month;
  readonly unit: DisplayUnit;
  /** Printed decimals; the unit's default (DEFAULT_DECIMALS) unless given. */
  readonly decimals?: number;
  readonly rows: readonly UnitAmounts[];
}

export const GROSS_AMOUNTS_NOTE = 'Kostnader och intäkter anges som positiva belopp.';

function decimalsOf(unit: DisplayUnit, decimals: number | undefined): number {
  const chosen = decimals ?? DEFAULT_DECIMALS[unit];
  checkDecimals(unit, chosen);
  return chosen;
}

/** An amount as the statement prints it, or no figure. */
function amountPoint(ore: Ore | null, unit: DisplayUnit, decimals: number): ChartPoint {
  return { value: ore === null ? null : roundOreToDecimal(ore, unit, decimals) };
}

/** Costs and revenues per child unit: this year's beside last year's, a series for each line and year. */
export function costsAndRevenuesChart(input: CostsAndRevenuesInput): ChartModel {
  const { year, throughMonth, unit } = input;
  const decimals = decimalsOf(unit, input.decimals);
  const period =
    throughMonth === 12
      ? `${year} mot ${year - 1}`
      : `januari–${longMonthName(throughMonth)} ${year} mot samma månader ${year - 1}`;
  const title = `Kostnader och intäkter per enhet, ${input.unitName}, ${period}`;
  const series = (['costs', 'revenues'] as const).flatMap((line) =>
    (['current', 'previous'] as const).map((when) => {
      const seriesYear = when === 'current' ? year : year - 1;
      return {
        key: `${line}-${seriesYear}`,
        // Named by the year alone, to keep the legend and the table's headers short: the title and a note
        // say which months both years cover.
        name: `${line === 'costs' ? 'Kostnader' : 'Intäkter'} ${seriesYear}`,
        kind: 'bar' as const,
        decimals,
        points: input.rows.map((row) => amountPoint(row[when]?.[line] ?? null, unit, decimals)),
      };
    }),
  );
  return buildChart({
    key: `costs-and-revenues-${input.unitCode}-${year}-${throughMonth}`,
    title,
    unit,
    categoryLabel: 'Enhet',
    categories: input.rows.map((row) => ({ key: row.key, label: row.name, ref: row.ref })),
    series,
    caption: `${title}, belopp i ${unit}`,
    notes: [
      ...(throughMonth === 12 ? [] : [`Båda åren avser januari–${longMonthName(throughMonth)}.`]),
      GROSS_AMOUNTS_NOTE,
    ],
  });
}

/** The unit's forecast for the whole year at one interim round; null when nobody there forecast then. */
export interface RoundForecast {
  readonly round: RoundKind;
  /** Costs and revenues, or the net alone: the chart draws the net. */
  readonly forecast: Amounts | null;
}

export interface ForecastVsBudgetInput {
  readonly unitName: string;
  readonly unitCode: string;
  readonly year: number;
  readonly unit: DisplayUnit;
  readonly decimals?: number;
  readonly sign: SignConvention;
  /** The year's interim rounds in order, each with the unit's forecast then. */
  readonly rounds: readonly RoundForecast[];
  /** The unit's budget for the year, everything below it included; null when it has none. */
  readonly budget: GrossAmounts | null;
}

/** The whole-year forecast at each interim round as bars, against the year's budget as a line. */
export function forecastVsBudgetChart(input: ForecastVsBudgetInput): ChartModel {
  const { year, unit, sign } = input;
  const decimals = decimalsOf(unit, input.decimals);
  const net = (amounts: Amounts | null) => amountPoint(amounts && netAmount(amounts, sign), unit, decimals);
  const title = `Helårsprognos mot budget ${year}, ${input.unitName}`;
  return buildChart({
    key: `forecast-vs-budget-${input.unitCode}-${year}`,
    title,
    unit,
    categoryLabel: 'Uppföljning',
    categories: input.rounds.map(({ round }) => ({ key: round, label: ROUND_KIND_LABELS[round] })),
    series: [
      {
        key: 'forecast',
        name: `Prognos helår ${year}`,
        kind: 'bar',
        decimals,
        points: input.rounds.map(({ forecast }) => net(forecast)),
      },
      {
        key: 'budget',
        name: `Budget ${year}`,
        kind: 'line',
        decimals,
        points: input.rounds.map(() => net(input.budget)),
      },
    ],
    caption: `${title}, belopp i ${unit}`,
    notes: [
      describeSignConvention(sign),
      'Prognosen är enhetens egen för helåret, annars summan av underenheternas; en uppföljning utan prognos är tom.',
    ],
  });
}
