/**
 * Which columns a volume or personnel table has: each column is a year and a kind of value, with the
 * periods it reads in order of preference, and the table says how it prints "ingen uppgift" and a missing
 * figure. The presets are the four layouts the seed documents print:
 *
 * - `budget` – the budget document with plan years: Utfall 2021 | Budget 2022 | Budget 2023 | Plan 2024 …
 *   Plan 2028 (000:217, 237);
 * - `budgetForecast` – the budget document that forecasts instead: Utfall 2018 | Utfall aug. 2019 |
 *   Prognos 2019 | Prognos 2020 (001:1427, 1434, 2002, 2011);
 * - `interim` – the interim report: Prognos 2019 | Augusti 2019 | Augusti 2018 | Målvärde helår
 *   (004:59-69, 100-111);
 * - `annual` – the annual report: Bokslut 2019 | Bokslut 2018 | Målvärde helår (002:84-90).
 *
 * A column marked optional is left out when no measure of the table has a value in it: the interim report
 * prints a forecast for volumes and a target for personnel, each table only the one it has.
 */
import type { ValueKind, ValuePeriod } from './measure.ts';

export const LAYOUT_PRESETS = ['budget', 'budgetForecast', 'interim', 'annual'] as const;
export type LayoutPreset = (typeof LAYOUT_PRESETS)[number];

export const LAYOUT_PRESET_LABELS: Readonly<Record<LayoutPreset, string>> = {
  budget: 'Budget med plan',
  budgetForecast: 'Budget med prognos',
  interim: 'Delårsrapport',
  annual: 'Verksamhetsberättelse',
};

/** The rounds an interim report can be made at. */
export const INTERIM_ROUNDS = ['april', 'august', 'october'] as const;
export type InterimRound = (typeof INTERIM_ROUNDS)[number];

export const INTERIM_ROUND_LABELS: Readonly<Record<InterimRound, string>> = {
  april: 'April',
  august: 'Augusti',
  october: 'Oktober',
};

export interface LayoutColumn {
  readonly key: string;
  readonly label: string;
  readonly year: number;
  readonly kind: ValueKind;
  /** The periods the column reads, the first one that has a value winning. */
  readonly periods: readonly ValuePeriod[];
  /** Left out when no row has a value in it. */
  readonly optional?: boolean;
}

export interface TableLayout {
  readonly columns: readonly LayoutColumn[];
  /** How "ingen uppgift" is printed: "I.U." unless the document says otherwise ("N/A", 001:1428; "-", 004:69). */
  readonly noDataText: string;
  /** How a missing figure is printed: nothing, or "-" (004:109). */
  readonly emptyText: string;
}

export const NO_DATA_TEXT = 'I.U.';

export interface PresetOptions {
  /** The interim round (`interim` only); August unless given. */
  readonly round?: InterimRound;
  /** The plan years after the budget year (`budget` only); five unless given, as 000:217 prints. */
  readonly planYears?: number;
  readonly noDataText?: string;
  readonly emptyText?: string;
}

const WHOLE_YEAR_OUTCOME: readonly ValuePeriod[] = ['year', 'closing'];
const CLOSED_OUTCOME: readonly ValuePeriod[] = ['closing', 'year'];

function column(
  label: string,
  year: number,
  kind: ValueKind,
  periods: readonly ValuePeriod[],
  optional = false,
): LayoutColumn {
  return { key: `${kind}-${periods[0] ?? 'year'}-${year}`, label, year, kind, periods, optional };
}

/** The columns of a preset for the year a document is about. */
export function presetColumns(
  preset: LayoutPreset,
  year: number,
  options: PresetOptions = {},
): LayoutColumn[] {
  switch (preset) {
    case 'budget': {
      const plans = Array.from({ length: Math.max(0, Math.min(options.planYears ?? 5, 10)) }, (_, index) =>
        column(`Plan ${year + index + 1}`, year + index + 1, 'plan', ['year', 'budget'], true),
      );
      return [
        column(`Utfall ${year - 2}`, year - 2, 'outcome', WHOLE_YEAR_OUTCOME),
        column(`Budget ${year - 1}`, year - 1, 'budget', ['year', 'budget']),
        column(`Budget ${year}`, year, 'budget', ['year', 'budget']),
        ...plans,
      ];
    }
    case 'budgetForecast':
      return [
        column(`Utfall ${year - 2}`, year - 2, 'outcome', WHOLE_YEAR_OUTCOME),
        column(`Utfall aug. ${year - 1}`, year - 1, 'outcome', ['august']),
        column(`Prognos ${year - 1}`, year - 1, 'forecast', ['august', 'april']),
        column(`Prognos ${year}`, year, 'forecast', ['budget', 'year']),
      ];
    case 'interim': {
      const round = options.round ?? 'august';
      const month = INTERIM_ROUND_LABELS[round];
      return [
        column(`Prognos ${year}`, year, 'forecast', [round], true),
        column(`${month} ${year}`, year, 'outcome', [round]),
        column(`${month} ${year - 1}`, year - 1, 'outcome', [round]),
        column('Målvärde helår', year, 'target', [round, 'year'], true),
      ];
    }
    case 'annual':
      return [
        column(`Bokslut ${year}`, year, 'outcome', CLOSED_OUTCOME),
        column(`Bokslut ${year - 1}`, year - 1, 'outcome', CLOSED_OUTCOME),
        column('Målvärde helår', year, 'target', ['closing', 'year'], true),
      ];
  }
}

export function presetLayout(preset: LayoutPreset, year: number, options: PresetOptions = {}): TableLayout {
  return {
    columns: presetColumns(preset, year, options),
    noDataText: options.noDataText ?? NO_DATA_TEXT,
    emptyText: options.emptyText ?? '',
  };
}
