/**
 * The goal sheet: a unit's goals for one year and reporting round, laid out as the seed documents lay out
 * their goal tables (domain.md §2.3): one table per municipal goal, grouped by goal area; per indicator the
 * outcomes of earlier years, the round's own outcome, and the targets; sub-rows and gender rows; footnote
 * markers numbered per table with their texts under it; and each outcome's status against its target.
 *
 * Pure: the caller loads the records, this decides what the reader sees.
 */
import { formatDecimal } from '#core/format.ts';
import {
  describeMonthSpan,
  formatMonthSpan,
  type Month,
  type RoundKind,
  roundEndMonth,
  shortMonthName,
} from '#core/period.ts';
import { type IndicatorPart, PART_LABELS } from './indicator.ts';
import { evaluateStatus, type IndicatorStatus, type OutcomeCell } from './status.ts';
import { type DesiredDirection, parseTarget } from './target.ts';

export interface SheetRound {
  readonly id: string;
  readonly year: number;
  readonly kind: RoundKind;
  readonly name: string;
  readonly deadline: string;
}

export interface SheetGoalArea {
  readonly id: string;
  readonly name: string;
  readonly sortOrder: number;
}

export interface SheetMunicipalGoal {
  readonly id: string;
  readonly goalAreaId: string;
  readonly name: string;
  readonly sortOrder: number;
}

export interface SheetGoal {
  readonly id: string;
  readonly municipalGoalId: string | null;
  readonly name: string;
  readonly description: string | null;
  readonly sortOrder: number;
}

export interface SheetIndicator {
  readonly id: string;
  readonly goalId: string;
  readonly parentIndicatorId: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly decimals: number | null;
  readonly desiredDirection: DesiredDirection;
  readonly isObligatory: boolean;
  readonly isGenderSplit: boolean;
  readonly definition: string | null;
  readonly sortOrder: number;
}

export interface SheetTarget {
  readonly id: string;
  readonly indicatorId: string;
  readonly year: number;
  readonly part: IndicatorPart;
  readonly notation: string;
  readonly note: string | null;
}

export interface SheetOutcome {
  readonly id: string;
  readonly indicatorId: string;
  readonly reportingRoundId: string;
  readonly year: number;
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly isForecast: boolean;
  readonly referenceYear: number | null;
  readonly total: string | null;
  readonly women: string | null;
  readonly men: string | null;
  readonly noData: readonly IndicatorPart[];
  readonly noDataReason: string | null;
  readonly note: string | null;
}

export interface GoalSheetInput<G extends SheetGoal = SheetGoal> {
  readonly year: number;
  readonly round: SheetRound;
  /** Every round, so that an earlier year's outcome can be taken from the latest round that reported it. */
  readonly rounds: readonly SheetRound[];
  readonly goalAreas: readonly SheetGoalArea[];
  readonly municipalGoals: readonly SheetMunicipalGoal[];
  readonly goals: readonly G[];
  readonly indicators: readonly SheetIndicator[];
  readonly targets: readonly SheetTarget[];
  readonly outcomes: readonly SheetOutcome[];
}

export interface SheetColumn {
  readonly key: string;
  readonly kind: 'outcome' | 'target';
  readonly year: number;
  readonly label: string;
}

export interface SheetCell {
  readonly columnKey: string;
  /** What is printed: "4,4", "I.U.", "2016: 15,2", "≥4,5", or "" for nothing. */
  readonly text: string;
  readonly isNoData: boolean;
  /** "jan–jul" when the outcome covers part of the year. */
  readonly periodLabel: string | null;
  readonly isForecast: boolean;
  readonly markers: number[];
  /** The record behind the cell, for editing. */
  readonly outcomeId: string | null;
  readonly targetId: string | null;
}

export interface SheetRow {
  readonly key: string;
  readonly indicatorId: string;
  readonly part: IndicatorPart;
  readonly depth: 0 | 1 | 2;
  readonly label: string;
  readonly isObligatory: boolean;
  readonly markers: number[];
  readonly cells: SheetCell[];
  /** The round's outcome against this year's target; null in budget rounds, which report no outcome of the year. */
  readonly status: IndicatorStatus | null;
}

export interface SheetFootnote {
  readonly marker: number;
  readonly text: string;
}

export interface SheetGoalBlock<G extends SheetGoal = SheetGoal> {
  readonly goal: G;
  readonly rows: SheetRow[];
}

export interface SheetTable<G extends SheetGoal = SheetGoal> {
  readonly municipalGoal: SheetMunicipalGoal | null;
  readonly goals: SheetGoalBlock<G>[];
  readonly footnotes: SheetFootnote[];
}

export interface SheetArea<G extends SheetGoal = SheetGoal> {
  readonly goalArea: SheetGoalArea | null;
  readonly tables: SheetTable<G>[];
}

export interface GoalSheet<G extends SheetGoal = SheetGoal> {
  readonly year: number;
  readonly round: SheetRound;
  readonly columns: SheetColumn[];
  readonly showsStatus: boolean;
  readonly areas: SheetArea<G>[];
}

export const NO_DATA_TEXT = 'I.U.';
export const OBLIGATORY_FOOTNOTE = 'Obligatorisk indikator';

/**
 * Budget rounds show the two latest known years and the targets for the year and the next (000:369);
 * follow-up rounds show two earlier years, the round's own outcome and the year's target (002:368, 004:504).
 */
export function sheetColumns(year: number, round: SheetRound): SheetColumn[] {
  const outcome = (y: number, label = String(y)): SheetColumn => ({
    key: `o${y}`,
    kind: 'outcome',
    year: y,
    label,
  });
  const target = (y: number): SheetColumn => ({
    key: `t${y}`,
    kind: 'target',
    year: y,
    label: `Målvärde ${y}`,
  });
  if (round.kind === 'budget') {
    return [outcome(year - 2), outcome(year - 1), target(year), target(year + 1)];
  }
  const current = round.kind === 'closing' ? String(year) : `${capitalisedMonth(round.kind)} ${year}`;
  return [outcome(year - 2), outcome(year - 1), outcome(year, current), target(year)];
}

function capitalisedMonth(kind: RoundKind): string {
  const name = shortMonthName(roundEndMonth(kind));
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}.`;
}

/** Numbers footnote texts in order of first use within one table; the same text keeps its number. */
class FootnoteCollector {
  private readonly texts: string[] = [];

  mark(...texts: ReadonlyArray<string | null>): number[] {
    const markers: number[] = [];
    for (const text of texts) {
      if (text === null || text.trim() === '') {
        continue;
      }
      let index = this.texts.indexOf(text);
      if (index === -1) {
        index = this.texts.push(text) - 1;
      }
      if (!markers.includes(index + 1)) {
        markers.push(index + 1);
      }
    }
    return markers;
  }

  list(): SheetFootnote[] {
    return this.texts.map((text, index) => ({ marker: index + 1, text }));
  }
}

/**
 * Picks, per indicator and year, the outcome of the latest round up to and including the sheet's round.
 * The round's own year is the exception: a follow-up round shows only what it reported itself, so that a
 * year-end table never passes off an interim figure as the year's outcome.
 */
function latestOutcomes(input: GoalSheetInput): Map<string, SheetOutcome> {
  const roundsById = new Map(input.rounds.map((round) => [round.id, round]));
  const order = (id: string) => {
    const round = roundsById.get(id);
    return round ? `${round.deadline}|${round.year}` : '';
  };
  const limit = order(input.round.id);
  const chosen = new Map<string, SheetOutcome>();
  for (const outcome of input.outcomes) {
    const rank = order(outcome.reportingRoundId);
    const isOwnYear = outcome.year === input.year && input.round.kind !== 'budget';
    if (rank === '' || rank > limit || (isOwnYear && outcome.reportingRoundId !== input.round.id)) {
      continue;
    }
    const key = `${outcome.indicatorId}|${outcome.year}`;
    const current = chosen.get(key);
    if (!current || order(current.reportingRoundId) < rank) {
      chosen.set(key, outcome);
    }
  }
  return chosen;
}

function cellOf(outcome: SheetOutcome | undefined, part: IndicatorPart): OutcomeCell {
  if (!outcome) {
    return null;
  }
  if (outcome.noData.includes(part)) {
    return { noData: true };
  }
  const value = outcome[part];
  return value === null ? null : { value };
}

interface SheetContext {
  readonly input: GoalSheetInput;
  readonly columns: readonly SheetColumn[];
  readonly outcomes: Map<string, SheetOutcome>;
  readonly targets: Map<string, SheetTarget>;
  readonly footnotes: FootnoteCollector;
}

function outcomeCell(
  ctx: SheetContext,
  indicator: SheetIndicator,
  part: IndicatorPart,
  column: SheetColumn,
): SheetCell {
  const outcome = ctx.outcomes.get(`${indicator.id}|${column.year}`);
  const cell = cellOf(outcome, part);
  const base = { columnKey: column.key, outcomeId: outcome?.id ?? null, targetId: null };
  if (!outcome || cell === null) {
    return { ...base, text: '', isNoData: false, periodLabel: null, isForecast: false, markers: [] };
  }
  const span = { fromMonth: outcome.fromMonth as Month, toMonth: outcome.toMonth as Month };
  const isTotal = part === 'total';
  const markers = isTotal
    ? ctx.footnotes.mark(
        describeMonthSpan(span, outcome.isForecast),
        'noData' in cell && outcome.noDataReason ? `Ingen uppgift: ${outcome.noDataReason}` : null,
        outcome.note,
      )
    : [];
  const value =
    'value' in cell
      ? formatDecimal(cell.value, indicator.decimals === null ? {} : { decimals: indicator.decimals })
      : '';
  const prefix = outcome.referenceYear !== null && isTotal ? `${outcome.referenceYear}: ` : '';
  return {
    ...base,
    text: 'noData' in cell ? NO_DATA_TEXT : `${prefix}${value}`,
    isNoData: 'noData' in cell,
    periodLabel: formatMonthSpan(span) || null,
    isForecast: outcome.isForecast,
    markers,
  };
}

function targetCell(
  ctx: SheetContext,
  indicator: SheetIndicator,
  part: IndicatorPart,
  column: SheetColumn,
): SheetCell {
  const target = ctx.targets.get(`${indicator.id}|${column.year}|${part}`);
  return {
    columnKey: column.key,
    text: target?.notation ?? '',
    isNoData: false,
    periodLabel: null,
    isForecast: false,
    markers: target ? ctx.footnotes.mark(target.note) : [],
    outcomeId: null,
    targetId: target?.id ?? null,
  };
}

function rowStatus(
  ctx: SheetContext,
  indicator: SheetIndicator,
  part: IndicatorPart,
): IndicatorStatus | null {
  const { year, round } = ctx.input;
  if (round.kind === 'budget') {
    return null;
  }
  const target = ctx.targets.get(`${indicator.id}|${year}|${part}`);
  return evaluateStatus({
    outcome: cellOf(ctx.outcomes.get(`${indicator.id}|${year}`), part),
    target: target ? parseTarget(target.notation) : null,
    direction: indicator.desiredDirection,
    outcomeUnit: null,
    indicatorUnit: indicator.unit,
    previous: cellOf(ctx.outcomes.get(`${indicator.id}|${year - 1}`), part),
  }).status;
}

function hasAnyPart(ctx: SheetContext, indicator: SheetIndicator, part: IndicatorPart): boolean {
  return ctx.columns.some((column) =>
    column.kind === 'outcome'
      ? cellOf(ctx.outcomes.get(`${indicator.id}|${column.year}`), part) !== null
      : ctx.targets.has(`${indicator.id}|${column.year}|${part}`),
  );
}

function indicatorRows(ctx: SheetContext, indicator: SheetIndicator, depth: 0 | 1): SheetRow[] {
  const parts: IndicatorPart[] = ['total'];
  for (const part of ['women', 'men'] as const) {
    if (indicator.isGenderSplit || hasAnyPart(ctx, indicator, part)) {
      parts.push(part);
    }
  }
  return parts.map((part) => {
    const isTotal = part === 'total';
    const markers = isTotal
      ? ctx.footnotes.mark(indicator.isObligatory ? OBLIGATORY_FOOTNOTE : null, indicator.definition)
      : [];
    const cells = ctx.columns.map((column) =>
      column.kind === 'outcome'
        ? outcomeCell(ctx, indicator, part, column)
        : targetCell(ctx, indicator, part, column),
    );
    return {
      key: `${indicator.id}:${part}`,
      indicatorId: indicator.id,
      part,
      depth: isTotal ? depth : ((depth + 1) as 1 | 2),
      label: isTotal ? indicator.name : PART_LABELS[part],
      isObligatory: isTotal && indicator.isObligatory,
      markers,
      cells,
      status: rowStatus(ctx, indicator, part),
    };
  });
}

function bySortOrder<T extends { sortOrder: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
}

function goalRows(ctx: SheetContext, goal: SheetGoal): SheetRow[] {
  const indicators = bySortOrder(ctx.input.indicators.filter((indicator) => indicator.goalId === goal.id));
  const known = new Set(indicators.map((indicator) => indicator.id));
  const rows: SheetRow[] = [];
  for (const indicator of indicators) {
    if (indicator.parentIndicatorId !== null && known.has(indicator.parentIndicatorId)) {
      continue;
    }
    rows.push(...indicatorRows(ctx, indicator, 0));
    for (const child of indicators.filter((candidate) => candidate.parentIndicatorId === indicator.id)) {
      rows.push(...indicatorRows(ctx, child, 1));
    }
  }
  return rows;
}

function buildTable<G extends SheetGoal>(
  common: Omit<SheetContext, 'footnotes'>,
  municipalGoal: SheetMunicipalGoal | null,
  goals: readonly G[],
): SheetTable<G> {
  const ctx: SheetContext = { ...common, footnotes: new FootnoteCollector() };
  const blocks = bySortOrder(goals).map((goal) => ({ goal, rows: goalRows(ctx, goal) }));
  return { municipalGoal, goals: blocks, footnotes: ctx.footnotes.list() };
}

/** Builds the sheet. Goals whose municipal goal is not among `municipalGoals` end up in a last, unnamed area. */
export function buildGoalSheet<G extends SheetGoal>(input: GoalSheetInput<G>): GoalSheet<G> {
  const columns = sheetColumns(input.year, input.round);
  const common = {
    input,
    columns,
    outcomes: latestOutcomes(input),
    targets: new Map(
      input.targets.map((target) => [`${target.indicatorId}|${target.year}|${target.part}`, target]),
    ),
  };
  const municipalGoals = new Map(input.municipalGoals.map((goal) => [goal.id, goal]));
  const areas: SheetArea<G>[] = [];
  for (const area of bySortOrder(input.goalAreas)) {
    const tables = bySortOrder(input.municipalGoals.filter((goal) => goal.goalAreaId === area.id))
      .map((municipalGoal) => ({
        municipalGoal,
        goals: input.goals.filter((goal) => goal.municipalGoalId === municipalGoal.id),
      }))
      .filter((group) => group.goals.length > 0)
      .map((group) => buildTable(common, group.municipalGoal, group.goals));
    if (tables.length > 0) {
      areas.push({ goalArea: area, tables });
    }
  }
  const unlinked = input.goals.filter(
    (goal) => goal.municipalGoalId === null || !municipalGoals.has(goal.municipalGoalId),
  );
  if (unlinked.length > 0) {
    areas.push({ goalArea: null, tables: [buildTable(common, null, unlinked)] });
  }
  return { year: input.year, round: input.round, columns, showsStatus: input.round.kind !== 'budget', areas };
}

/** The statuses that feed a goal's verdict suggestion: every total row of the goal's indicators. */
export function goalStatuses(sheet: GoalSheet<SheetGoal>, goalId: string): IndicatorStatus[] {
  return sheet.areas
    .flatMap((area) => area.tables)
    .flatMap((table) => table.goals)
    .filter((block) => block.goal.id === goalId)
    .flatMap((block) => block.rows)
    .filter((row) => row.part === 'total' && row.status !== null)
    .map((row) => row.status as IndicatorStatus);
}
