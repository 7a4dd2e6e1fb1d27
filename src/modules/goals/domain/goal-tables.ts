/**
 * A unit's goal tables for one year and round, laid out as the seed documents lay them out (domain.md §2.3):
 * one table per municipal goal, grouped by goal area; under each goal its indicators with the outcomes of
 * earlier years, the round's own outcome and the targets; sub-rows and gender rows; footnote markers
 * numbered per table with their texts under it; and, in follow-up rounds, each row's status. The result is
 * the neutral table model (core/table.ts): the app renders it now, the documents will render it later.
 *
 * Pure: the caller loads the records and the evaluation; this decides only what the reader sees.
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
import { richTextToPlain } from '#core/rich-text.ts';
import { cell, FootnoteCollector, type TableCell, type TableModel, type TableRow } from '#core/table.ts';
import type { Evaluation, EvaluationOutcome } from './evaluation.ts';
import { type IndicatorPart, PART_LABELS } from './indicator.ts';
import { isComputedOutcome } from './outcome.ts';
import { describeStatus, STATUS_LABELS, type StatusResult } from './status.ts';

export interface TableGoalArea {
  readonly id: string;
  readonly name: string;
  readonly sortOrder: number;
}

export interface TableMunicipalGoal {
  readonly id: string;
  readonly goalAreaId: string;
  readonly name: string;
  readonly sortOrder: number;
}

export interface TableGoal {
  readonly id: string;
  readonly municipalGoalId: string | null;
  readonly name: string;
  readonly description: string | null;
  readonly sortOrder: number;
  readonly retiredAt: string | null;
}

export interface TableIndicator {
  readonly id: string;
  readonly goalId: string;
  readonly parentIndicatorId: string | null;
  readonly name: string;
  readonly decimals: number | null;
  readonly isObligatory: boolean;
  readonly isGenderSplit: boolean;
  readonly definition: string | null;
  readonly sortOrder: number;
  readonly retiredAt: string | null;
}

export interface TableTarget {
  readonly id: string;
  readonly indicatorId: string;
  readonly year: number;
  readonly part: IndicatorPart;
  readonly notation: string;
  readonly note: string | null;
}

export interface TableOutcome extends EvaluationOutcome {
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly isForecast: boolean;
  readonly referenceYear: number | null;
  readonly noDataReason: string | null;
  readonly note: string | null;
}

export interface GoalTablesInput {
  readonly evaluation: Evaluation<TableOutcome>;
  readonly goalAreas: readonly TableGoalArea[];
  readonly municipalGoals: readonly TableMunicipalGoal[];
  readonly goals: readonly TableGoal[];
  /** Retired ones are shown marked and without a status, when the caller asks for them. */
  readonly indicators: readonly TableIndicator[];
  readonly targets: readonly TableTarget[];
}

export interface GoalTableArea {
  readonly goalArea: TableGoalArea | null;
  readonly tables: TableModel[];
}

export const NO_DATA_TEXT = 'I.U.';
export const NOT_APPLICABLE_TEXT = '–';
export const OBLIGATORY_FOOTNOTE = 'Obligatorisk indikator';

interface SheetColumn {
  readonly key: string;
  readonly kind: 'outcome' | 'target';
  readonly year: number;
  readonly label: string;
}

function capitalisedMonth(kind: RoundKind): string {
  const name = shortMonthName(roundEndMonth(kind));
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}.`;
}

/**
 * Budget rounds show the two latest known years and the targets for the year and the next (000:369);
 * follow-up rounds show two earlier years, the round's own outcome and the year's target (002:368, 004:504).
 */
export function sheetColumns(year: number, kind: RoundKind): SheetColumn[] {
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
  if (kind === 'budget') {
    return [outcome(year - 2), outcome(year - 1), target(year), target(year + 1)];
  }
  const current = kind === 'closing' ? String(year) : `${capitalisedMonth(kind)} ${year}`;
  return [outcome(year - 2), outcome(year - 1), outcome(year, current), target(year)];
}

const STATUS_TONES = {
  met: 'good',
  notMet: 'bad',
  noTarget: 'neutral',
  noData: 'neutral',
  notApplicable: 'neutral',
  notComputable: 'neutral',
} as const;

interface Context {
  readonly input: GoalTablesInput;
  readonly columns: readonly SheetColumn[];
  readonly targets: ReadonlyMap<string, TableTarget>;
  readonly footnotes: FootnoteCollector;
}

function outcomeCell(
  ctx: Context,
  indicator: TableIndicator,
  part: IndicatorPart,
  column: SheetColumn,
): TableCell {
  const outcome = ctx.input.evaluation.outcome(indicator.id, column.year);
  const ref = outcome && !isComputedOutcome(outcome) ? { kind: 'outcome', id: outcome.id } : null;
  if (!outcome) {
    return cell('');
  }
  const isTotal = part === 'total';
  const span = { fromMonth: outcome.fromMonth as Month, toMonth: outcome.toMonth as Month };
  const period = formatMonthSpan(span);
  const spanNote = describeMonthSpan(span, outcome.isForecast);
  if (outcome.notApplicable.includes(part) || outcome.noData.includes(part)) {
    const notApplicable = outcome.notApplicable.includes(part);
    const reason = outcome.noDataReason
      ? `${notApplicable ? 'Ej tillämplig' : 'Ingen uppgift'}: ${outcome.noDataReason}`
      : null;
    return cell(notApplicable ? NOT_APPLICABLE_TEXT : NO_DATA_TEXT, {
      kind: notApplicable ? 'notApplicable' : 'noData',
      note: notApplicable ? 'ej tillämplig' : 'ingen uppgift',
      markers: isTotal ? ctx.footnotes.mark(reason, richTextToPlain(outcome.note)) : [],
      ref,
    });
  }
  const value = outcome[part];
  if (value === null) {
    return cell('', { ref });
  }
  const number = formatDecimal(value, indicator.decimals === null ? {} : { decimals: indicator.decimals });
  const prefix = outcome.referenceYear !== null && isTotal ? `${outcome.referenceYear}: ` : '';
  // A figure stated in another unit than the indicator's says so, or "4 200" would read as mnkr.
  const unit = outcome.unit === null ? '' : ` ${outcome.unit}`;
  return cell(`${prefix}${number}${unit}`, {
    markers: isTotal ? ctx.footnotes.mark(spanNote, richTextToPlain(outcome.note)) : [],
    note:
      period === ''
        ? outcome.isForecast
          ? 'prognos'
          : null
        : `${period}${outcome.isForecast ? ', prognos' : ''}`,
    ref,
  });
}

function targetCell(
  ctx: Context,
  indicator: TableIndicator,
  part: IndicatorPart,
  column: SheetColumn,
): TableCell {
  const target = ctx.targets.get(`${indicator.id}|${column.year}|${part}`);
  if (!target) {
    return cell('');
  }
  return cell(target.notation, {
    kind: 'target',
    markers: ctx.footnotes.mark(target.note),
    ref: { kind: 'target', id: target.id },
  });
}

function statusCell(result: StatusResult | undefined, retired: boolean): TableCell {
  if (retired) {
    return cell('Avvecklad', { kind: 'status', tone: 'neutral' });
  }
  if (!result) {
    return cell('');
  }
  return cell(STATUS_LABELS[result.status], {
    kind: 'status',
    tone: STATUS_TONES[result.status],
    note: result.status === 'notComputable' ? describeStatus(result) : null,
  });
}

function hasAnyPart(ctx: Context, indicator: TableIndicator, part: IndicatorPart): boolean {
  return ctx.columns.some((column) => {
    if (column.kind === 'target') {
      return ctx.targets.has(`${indicator.id}|${column.year}|${part}`);
    }
    const outcome = ctx.input.evaluation.outcome(indicator.id, column.year);
    return (
      outcome !== undefined &&
      (outcome[part] !== null || outcome.noData.includes(part) || outcome.notApplicable.includes(part))
    );
  });
}

/** What a screen reader says after an indicator's name; the page shows it as a footnote or a status. */
function headerNote(indicator: TableIndicator): string | null {
  const notes = [
    indicator.isObligatory ? 'obligatorisk' : null,
    indicator.retiredAt !== null ? 'avvecklad' : null,
  ];
  return notes.filter((note) => note !== null).join(', ') || null;
}

function indicatorRows(ctx: Context, indicator: TableIndicator, depth: 0 | 1): TableRow[] {
  const parts: IndicatorPart[] = ['total'];
  for (const part of ['women', 'men'] as const) {
    if (indicator.isGenderSplit || hasAnyPart(ctx, indicator, part)) {
      parts.push(part);
    }
  }
  const { evaluation } = ctx.input;
  const retired = indicator.retiredAt !== null;
  return parts.map((part) => {
    const isTotal = part === 'total';
    // The row's own footnotes are numbered before its cells', as the documents number them.
    const header = cell(isTotal ? indicator.name : PART_LABELS[part], {
      markers: isTotal
        ? ctx.footnotes.mark(indicator.isObligatory ? OBLIGATORY_FOOTNOTE : null, indicator.definition)
        : [],
      note: isTotal ? headerNote(indicator) : null,
      ref: isTotal ? { kind: 'indicator', id: indicator.id } : null,
    });
    const cells = ctx.columns.map((column) =>
      column.kind === 'outcome'
        ? outcomeCell(ctx, indicator, part, column)
        : targetCell(ctx, indicator, part, column),
    );
    const isEmpty = cells.every((candidate) => candidate.text === '');
    const result = evaluation.status(indicator.id, part);
    // A row with no figures at all (a heading row) and a gender row without a target of its own get no status.
    const shown = isEmpty || (!isTotal && result?.status === 'noTarget') ? undefined : result;
    return {
      key: `${indicator.id}:${part}`,
      depth: isTotal ? depth : depth + 1,
      role: isTotal ? ('row' as const) : ('detail' as const),
      header,
      cells: evaluation.showsStatus ? [...cells, statusCell(shown, retired && isTotal)] : cells,
      ref: { kind: 'indicator', id: indicator.id },
    };
  });
}

const bySortOrder = <T extends { sortOrder: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.sortOrder - b.sortOrder);

function goalRows(ctx: Context, goal: TableGoal): TableRow[] {
  const indicators = bySortOrder(ctx.input.indicators.filter((indicator) => indicator.goalId === goal.id));
  const known = new Set(indicators.map((indicator) => indicator.id));
  const rows: TableRow[] = [];
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

function buildTable(
  input: GoalTablesInput,
  columns: readonly SheetColumn[],
  key: string,
  caption: string,
  goals: readonly TableGoal[],
): TableModel {
  const ctx: Context = {
    input,
    columns,
    targets: new Map(
      input.targets.map((target) => [`${target.indicatorId}|${target.year}|${target.part}`, target]),
    ),
    footnotes: new FootnoteCollector(),
  };
  const groups = bySortOrder(goals).map((goal) => ({
    key: goal.id,
    heading: goal.name,
    description: goal.description,
    note: goal.retiredAt === null ? null : 'Avvecklat',
    ref: { kind: 'goal', id: goal.id },
    rows: goalRows(ctx, goal),
  }));
  return {
    key,
    caption,
    groupLabel: 'Mål',
    columns: [
      { key: 'indicator', label: 'Indikator', align: 'start' },
      ...columns.map((column) => ({ key: column.key, label: column.label, align: 'end' as const })),
      ...(input.evaluation.showsStatus ? [{ key: 'status', label: 'Status', align: 'start' as const }] : []),
    ],
    groups,
    footnotes: ctx.footnotes.list(),
  };
}

/** The tables, by goal area. Goals whose municipal goal is not known end up in a last, unnamed area. */
export function buildGoalTables(input: GoalTablesInput): GoalTableArea[] {
  const { year, round } = input.evaluation;
  const columns = sheetColumns(year, round.kind);
  const known = new Set(input.municipalGoals.map((goal) => goal.id));
  const areas: GoalTableArea[] = [];
  for (const area of bySortOrder(input.goalAreas)) {
    const tables = bySortOrder(input.municipalGoals.filter((goal) => goal.goalAreaId === area.id))
      .map((municipalGoal) => ({
        municipalGoal,
        goals: input.goals.filter((goal) => goal.municipalGoalId === municipalGoal.id),
      }))
      .filter((group) => group.goals.length > 0)
      .map((group) =>
        buildTable(
          input,
          columns,
          group.municipalGoal.id,
          `Kommunövergripande mål: ${group.municipalGoal.name}`,
          group.goals,
        ),
      );
    if (tables.length > 0) {
      areas.push({ goalArea: area, tables });
    }
  }
  const unlinked = input.goals.filter(
    (goal) => goal.municipalGoalId === null || !known.has(goal.municipalGoalId),
  );
  if (unlinked.length > 0) {
    areas.push({
      goalArea: null,
      tables: [buildTable(input, columns, 'none', 'Mål utan kommunövergripande mål', unlinked)],
    });
  }
  return areas;
}
