/**
 * The investment tables the seed documents print, built from projects, their amounts and the unit's frame
 * (domain.md §2.7 "Investments"):
 *
 * - `budget` – the budget document with plan years (000:342-349; 001:2160-2171): a row per project, the sum
 *   with its varav rows, the frame as decided. When the unit has projects outside its frame or on a
 *   condition, the rows split as the KS internal budget prints them (001:1186-1205): inside the frame, its
 *   sum and the frame, the conditional projects, those outside the frame and their sum, and the total.
 *   A child unit is one row: the sum of its projects inside the frame (001:1192-1193).
 * - `interim` – the interim report (004:249-260): actual to date and the full-year forecast, gross, the net
 *   forecast, the budget at the round and the variance against it; projects under their unit's heading.
 * - `annual` – the annual report (002:171-183): the year's actual, gross, the budget as revised at closing,
 *   the variance and last year's actual, with the sum's varav rows.
 * - `completed` – the projects completed in the year (2023 annual report, "Färdigställda projekt"): decided
 *   budget against the actual accumulated since the start, and the year's budget against its actual.
 *
 * Where the unit has a frame for the year, the interim and annual tables end with it and the variance of
 * the whole against it; a frame changed since it was decided is printed as decided and as adjusted, each
 * change a footnote. Every table states its unit, that net = utgifter − inkomster, and its variance
 * convention.
 *
 * Pure: the caller loads the data; this decides only what the reader sees.
 */
import { compareSwedish } from '#core/format.ts';
import type { TableModel } from '#core/table.ts';
import {
  type DisplayUnit,
  formatOreWithUnit,
  type GrossAmounts,
  type Ore,
  type VarianceConvention,
} from '#modules/economy/domain/index.ts';
import {
  type AdjustedFrame,
  type AmountFact,
  type AmountIndex,
  adjustFrame,
  asNet,
  type FrameChangeFact,
  type FrameFact,
} from './figures.ts';
import {
  FRAME_CHANGE_KIND_LABELS,
  type FramePlacement,
  type InterimRound,
  ROUND_DAY,
  type RoundKind,
} from './investment.ts';
import { buildLineTable, type InvestmentColumn, type Line, type Sources, sumSources } from './table-lines.ts';

export const TABLE_KINDS = ['budget', 'interim', 'annual', 'completed'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export const TABLE_KIND_LABELS: Readonly<Record<TableKind, string>> = {
  budget: 'Budget med plan',
  interim: 'Delårsrapport',
  annual: 'Verksamhetsberättelse',
  completed: 'Färdigställda projekt',
};

/** The convention each table prints unless asked otherwise: the seeds' own (domain.md §2.7). */
export const DEFAULT_VARIANCE: Readonly<Record<TableKind, VarianceConvention>> = {
  budget: 'favourablePositive',
  interim: 'favourablePositive',
  annual: 'favourablePositive',
  completed: 'actualMinusBudget',
};

export interface TableProject {
  readonly id: string;
  readonly orgUnitId: string;
  readonly name: string;
  readonly placement: FramePlacement;
  readonly conditional: boolean;
  readonly condition: string | null;
  readonly startYear: number;
  readonly completedYear: number | null;
  /** Beslutad budget since the start, net, öre. */
  readonly decidedBudgetOre: Ore | null;
  readonly note: string | null;
  readonly sortOrder: number;
}

export interface TableUnit {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}

export interface InvestmentData {
  readonly unit: TableUnit;
  /** Every unit, in the organisation's order. */
  readonly units: readonly TableUnit[];
  /** The projects of the unit and the units under it. */
  readonly projects: readonly TableProject[];
  readonly amounts: AmountIndex;
  /** The unit's own frames and frame changes. */
  readonly frames: readonly FrameFact[];
  readonly changes: readonly FrameChangeFact[];
}

export interface TableOptions {
  readonly kind: TableKind;
  readonly year: number;
  readonly unit: DisplayUnit;
  readonly decimals?: number;
  readonly varianceConvention?: VarianceConvention;
  /** Plan years after the budget year (`budget`); five unless given, as 000:342 prints. */
  readonly planYears?: number;
  /** Last year's budget before the budget year (`budget`), as 000:342 prints and 001:1186 does not; on unless off. */
  readonly previousYear?: boolean;
  /** The interim round (`interim`); August unless given. */
  readonly round?: InterimRound;
}

export const NET_NOTE =
  'Netto anges som utgifter minus inkomster (nettoutgift); utgifter och inkomster anges som positiva belopp.';

/** What the variance column means, said under every table that has one. */
export function describeInvestmentVariance(convention: VarianceConvention, withIncome: boolean): string {
  const main =
    convention === 'favourablePositive'
      ? 'Avvikelse anges som budget (ram) minus utfall: ett positivt belopp är utrymme kvar och ett negativt ' +
        'belopp en överskridning.'
      : 'Avvikelse anges som utfall minus budget: ett positivt belopp är en överskridning och ett negativt ' +
        'belopp utrymme kvar.';
  const income = withIncome ? ' För varav inkomster anges avvikelsen som utfall minus budget.' : '';
  return `${main}${income} Med utfall avses även prognos.`;
}

// Projects, units and their lines ------------------------------------------------------------------------

/** How a table reads a project: its amount in a source, with the note recorded on it. */
type ProjectSource = (
  project: TableProject,
  source: string,
) => { amounts: GrossAmounts; note?: string | null } | null;

const fromFact = (fact: AmountFact | undefined) => (fact ? { amounts: fact.amounts, note: fact.note } : null);

function byOrder(a: TableProject, b: TableProject): number {
  return a.sortOrder - b.sortOrder || compareSwedish(a.name, b.name);
}

/** The units under `rootId`, each with the root's child it falls under. */
function childOf(units: readonly TableUnit[], rootId: string): Map<string, string> {
  const parent = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const result = new Map<string, string>();
  for (const unit of units) {
    let current: string | null = unit.id;
    const seen = new Set<string>();
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      const up: string | null = parent.get(current) ?? null;
      if (up === rootId) {
        result.set(unit.id, current);
        break;
      }
      current = up;
    }
  }
  return result;
}

interface Grouped {
  readonly own: TableProject[];
  /** The root's children that have projects, in the organisation's order, with their projects. */
  readonly children: { unit: TableUnit; projects: TableProject[] }[];
}

function groupProjects(data: InvestmentData, shown: (project: TableProject) => boolean): Grouped {
  const under = childOf(data.units, data.unit.id);
  const projects = data.projects.filter(shown).sort(byOrder);
  return {
    own: projects.filter((project) => project.orgUnitId === data.unit.id),
    children: data.units
      .filter((unit) => unit.parentId === data.unit.id)
      .map((unit) => ({
        unit,
        projects: projects.filter((project) => under.get(project.orgUnitId) === unit.id),
      }))
      .filter((child) => child.projects.length > 0),
  };
}

function sourceColumns(columns: readonly InvestmentColumn[]): Map<string, string> {
  return new Map(
    columns.flatMap((column) => (column.kind === 'amount' ? [[column.key, column.source] as const] : [])),
  );
}

function projectLine(
  project: TableProject,
  read: ProjectSource,
  columns: readonly InvestmentColumn[],
  options: { depth?: number; text?: string } = {},
): Line {
  const sourceOf = sourceColumns(columns);
  return {
    key: project.id,
    header: {
      text: options.text ?? project.name,
      notes: [project.note, project.conditional ? project.condition : null],
      note: project.conditional ? 'villkorad investering' : null,
    },
    depth: options.depth ?? 0,
    role: 'row',
    ref: { kind: 'investmentProject', id: project.id },
    sources: (source) => read(project, source)?.amounts ?? null,
    cellNotes: (columnKey) => {
      const source = sourceOf.get(columnKey);
      return source === undefined ? [] : [read(project, source)?.note ?? null];
    },
  };
}

function hasFigures(project: TableProject, read: ProjectSource, sources: readonly string[]): boolean {
  return sources.some((source) => read(project, source) !== null);
}

function amountSources(columns: readonly InvestmentColumn[]): string[] {
  return columns.flatMap((column) => (column.kind === 'amount' ? [column.source] : []));
}

function headingLine(key: string, text: string, ref: Line['ref'] = null): Line {
  return { key, header: { text }, depth: 0, role: 'row', ref, sources: null };
}

function sumLine(key: string, text: string, parts: readonly Line[], notes: readonly string[] = []): Line {
  return {
    key,
    header: { text, notes },
    depth: 0,
    role: 'row',
    ref: null,
    sources: sumSources(parts),
    parts,
  };
}

function detailLine(total: Line, component: 'expenditure' | 'income'): Line {
  return {
    key: `${total.key}:${component}`,
    header: { text: component === 'expenditure' ? 'varav utgifter' : 'varav inkomster' },
    depth: 1,
    role: 'detail',
    ref: null,
    sources: total.sources,
    component,
  };
}

/** Projects under their unit's heading: the unit's own first, then each child unit's. */
function groupedLines(grouped: Grouped, read: ProjectSource, columns: readonly InvestmentColumn[]): Line[] {
  return [
    ...grouped.own.map((project) => projectLine(project, read, columns)),
    ...grouped.children.flatMap(({ unit, projects }) => [
      headingLine(`unit:${unit.id}`, unit.name, { kind: 'orgUnit', id: unit.id }),
      ...projects.map((project) => ({
        ...projectLine(project, read, columns, { depth: 1 }),
        role: 'detail' as const,
      })),
    ]),
  ];
}

// Frames ------------------------------------------------------------------------------------------------

function changeNote(frame: AdjustedFrame, options: TableOptions): string[] {
  return frame.changes.map(({ change, amountOre }) => {
    const amount = formatOreWithUnit(change.amountOre, options.unit, options.decimals);
    const label = FRAME_CHANGE_KIND_LABELS[change.kind];
    const what =
      change.kind === 'increase'
        ? `${label} med ${amount}`
        : amountOre > 0n
          ? `${label} av ${amount} från ${change.fromYear}`
          : `${label} av ${amount} till ${change.year}`;
    return `${what}: ${change.reason}${change.decision ? ` (${change.decision})` : ''}.`;
  });
}

function frameLabel(frames: readonly (FrameFact | null)[]): { text: string; perCell: boolean } {
  const decisions = new Set(frames.filter((frame) => frame !== null).map((frame) => frame.decision ?? ''));
  const [only] = [...decisions];
  if (decisions.size === 1 && only) {
    return { text: `Investeringsram enl. ${only}`, perCell: false };
  }
  return { text: 'Investeringsram', perCell: decisions.size > 1 };
}

interface FrameLinesSpec {
  /** Each frame column: its key, the year it shows and the source it prints the frame in. */
  readonly columns: readonly { key: string; year: number; source: string }[];
  /** The round the frame is taken at. */
  readonly round: RoundKind;
  /** The sum the frame is compared with, and the variance column that compares them. */
  readonly against?: { readonly total: Line; readonly varianceKey: string };
}

/**
 * The frame as decided and, when changes count by the round, as adjusted; the last of them compared with
 * the sum. None when the unit has neither a frame nor a change for the years.
 */
function frameLines(data: InvestmentData, options: TableOptions, spec: FrameLinesSpec): Line[] {
  const byYear = new Map(data.frames.map((frame) => [frame.year, frame]));
  const frames = new Map(
    spec.columns.map(({ year }) => [
      year,
      adjustFrame(year, byYear.get(year) ?? null, data.changes, spec.round),
    ]),
  );
  const all = [...frames.values()];
  if (all.every((frame) => frame.adjustedOre === null)) {
    return [];
  }
  const changed = all.some((frame) => frame.changes.length > 0);
  const yearOf = new Map(spec.columns.map((column) => [column.source, column.year]));
  const keyYear = new Map(spec.columns.map((column) => [column.key, column.year]));
  const frameSources =
    (pick: (frame: AdjustedFrame) => Ore | null): Sources =>
    (source) => {
      const year = yearOf.get(source);
      if (year === undefined) {
        return spec.against?.total.sources?.(source) ?? null;
      }
      const value = pick(frames.get(year) as AdjustedFrame);
      return value === null ? null : asNet(value);
    };
  const printed = new Set(spec.columns.map((column) => column.key));
  const compared = new Set([...printed, ...(spec.against ? [spec.against.varianceKey] : [])]);
  const label = frameLabel(all.map((frame) => frame.decided));
  const decided: Line = {
    key: 'frame',
    header: { text: label.text },
    depth: 0,
    role: 'row',
    ref: null,
    sources: frameSources((frame) => frame.decided?.amountOre ?? null),
    columns: changed ? printed : compared,
    cellNotes: (key) => {
      const decision = frames.get(keyYear.get(key) ?? Number.NaN)?.decided?.decision;
      return label.perCell && decision ? [`Enligt ${decision}.`] : [];
    },
  };
  if (!changed) {
    return [decided];
  }
  const adjusted: Line = {
    key: 'frame:adjusted',
    header: { text: 'Justerad investeringsram' },
    depth: 0,
    role: 'row',
    ref: null,
    sources: frameSources((frame) => frame.adjustedOre),
    columns: compared,
    cellNotes: (key) => {
      const frame = frames.get(keyYear.get(key) ?? Number.NaN);
      return frame ? changeNote(frame, options) : [];
    },
  };
  return [decided, adjusted];
}

// The tables --------------------------------------------------------------------------------------------

function net(key: string, label: string, source: string, optional = false): InvestmentColumn {
  return { kind: 'amount', key, label, source, measure: 'net', optional };
}

function budgetTable(data: InvestmentData, options: TableOptions): TableModel {
  const { year } = options;
  const planYears = Array.from(
    { length: Math.max(0, Math.min(options.planYears ?? 5, 10)) },
    (_, index) => year + index + 1,
  );
  const columns: InvestmentColumn[] = [
    ...(options.previousYear === false
      ? []
      : [net(`budget-${year - 1}`, `Budget ${year - 1}`, `budget:${year - 1}`, true)]),
    net(`budget-${year}`, `Budget förslag ${year}`, `budget:${year}`),
    ...planYears.map((plan) => net(`plan-${plan}`, `Plan förslag ${plan}`, `plan:${plan}`, true)),
  ];
  const read: ProjectSource = (project, source) => {
    const [kind, yearText] = source.split(':');
    const sourceYear = Number(yearText);
    return fromFact(
      kind === 'plan'
        ? data.amounts.get(project.id, sourceYear, 'plan', 'budget')
        : data.amounts.budgetAt(project.id, sourceYear, 'budget'),
    );
  };
  const sources = amountSources(columns);
  const grouped = groupProjects(data, (project) => hasFigures(project, read, sources));
  const unitNames = new Map(data.units.map((unit) => [unit.id, unit.name]));
  const named = (project: TableProject) => `${unitNames.get(project.orgUnitId) ?? ''} (${project.name})`;
  const childProjects = grouped.children.flatMap((child) => child.projects);
  const isInside = (project: TableProject) => project.placement === 'inside' && !project.conditional;
  const inside: Line[] = [
    ...grouped.own.filter(isInside).map((project) => projectLine(project, read, columns)),
    // A child unit is one row: the sum of its projects inside the frame (001:1192-1193).
    ...grouped.children.flatMap(({ unit, projects }) => {
      const members = projects.filter(isInside).map((project) => projectLine(project, read, columns));
      return members.length === 0
        ? []
        : [{ ...sumLine(`unit:${unit.id}`, unit.name, members), ref: { kind: 'orgUnit', id: unit.id } }];
    }),
  ];
  const own = new Set(grouped.own.map((project) => project.id));
  const lineOf = (project: TableProject) =>
    projectLine(project, read, columns, own.has(project.id) ? {} : { text: named(project) });
  const conditional = [...grouped.own, ...childProjects].filter((project) => project.conditional).map(lineOf);
  const outside = [...grouped.own, ...childProjects]
    .filter((project) => !project.conditional && project.placement === 'outside')
    // Outside the frame a project is named with its unit, as 001:1198-1199 prints both.
    .map((project) => projectLine(project, read, columns, { text: named(project) }));
  const frames = frameLines(data, options, {
    columns: columns.map((column) => {
      const source = (column as { source: string }).source;
      return { key: column.key, year: Number(source.split(':')[1]), source };
    }),
    round: 'closing',
  });
  const notes = [NET_NOTE];
  let lines: Line[];
  if (conditional.length === 0 && outside.length === 0) {
    const total = { ...sumLine('total', 'Summa investeringar', inside, notes), withDetails: true };
    lines = [...inside, total, detailLine(total, 'income'), detailLine(total, 'expenditure'), ...frames];
  } else {
    const insideSum = sumLine('inside', 'Summa investeringar inom ram', inside);
    const outsideSum = sumLine('outside', 'Summa investeringar utom ram', outside);
    const outsideLines =
      outside.length === 0
        ? []
        : [headingLine('outside:heading', 'Investeringar utom ram'), ...outside, outsideSum];
    const parts = [insideSum, ...conditional, ...(outside.length === 0 ? [] : [outsideSum])];
    const total = { ...sumLine('total', 'Summa investeringar', parts, notes), withDetails: true };
    lines = [
      ...inside,
      insideSum,
      ...frames,
      ...conditional,
      ...outsideLines,
      total,
      detailLine(total, 'income'),
      detailLine(total, 'expenditure'),
    ];
  }
  return buildLineTable({
    key: `investments-budget-${year}`,
    caption: `Investeringar ${year}`,
    unit: options.unit,
    decimals: options.decimals,
    varianceConvention: options.varianceConvention ?? DEFAULT_VARIANCE.budget,
    rowHeaderLabel: 'Investeringar',
    columns,
    lines,
  });
}

function interimTable(data: InvestmentData, options: TableOptions): TableModel {
  const { year } = options;
  const round = options.round ?? 'august';
  const day = `${ROUND_DAY[round]} ${year}`;
  const columns: InvestmentColumn[] = [
    {
      kind: 'amount',
      key: 'actual-expenditure',
      label: `Redovisning ${day}, utgifter`,
      source: 'actual',
      measure: 'expenditure',
    },
    {
      kind: 'amount',
      key: 'actual-income',
      label: `Redovisning ${day}, inkomster`,
      source: 'actual',
      measure: 'income',
    },
    {
      kind: 'amount',
      key: 'forecast-expenditure',
      label: `Prognos ${year}, utgifter`,
      source: 'forecast',
      measure: 'expenditure',
    },
    {
      kind: 'amount',
      key: 'forecast-income',
      label: `Prognos ${year}, inkomster`,
      source: 'forecast',
      measure: 'income',
    },
    net('forecast-net', `Prognos ${year}, netto`, 'forecast'),
    net('budget', `Investeringsram ${year}`, 'budget'),
    { kind: 'variance', key: 'variance', label: 'Avvikelse', actual: 'forecast', budget: 'budget' },
  ];
  const read: ProjectSource = (project, source) =>
    fromFact(
      source === 'budget'
        ? data.amounts.budgetAt(project.id, year, round)
        : data.amounts.get(project.id, year, source === 'actual' ? 'actual' : 'forecast', round),
    );
  return followUpTable(data, options, {
    key: `investments-interim-${year}-${round}`,
    caption: `Investeringar ${day}`,
    columns,
    read,
    round,
    frame: { key: 'budget', source: 'budget', varianceKey: 'variance' },
    details: false,
  });
}

function annualTable(data: InvestmentData, options: TableOptions): TableModel {
  const { year } = options;
  const columns: InvestmentColumn[] = [
    {
      kind: 'amount',
      key: 'actual-expenditure',
      label: `Bokslut ${year}, utgifter`,
      source: 'actual',
      measure: 'expenditure',
    },
    {
      kind: 'amount',
      key: 'actual-income',
      label: `Bokslut ${year}, inkomster`,
      source: 'actual',
      measure: 'income',
    },
    net('budget', `Budget ${year}, netto`, 'budget'),
    { kind: 'variance', key: 'variance', label: 'Avvikelse', actual: 'actual', budget: 'budget' },
    net('previous', `Bokslut ${year - 1}`, 'previous'),
  ];
  const read: ProjectSource = (project, source) =>
    fromFact(
      source === 'budget'
        ? data.amounts.budgetAt(project.id, year, 'closing')
        : data.amounts.get(project.id, source === 'previous' ? year - 1 : year, 'actual', 'closing'),
    );
  return followUpTable(data, options, {
    key: `investments-annual-${year}`,
    caption: `Investeringar ${year}`,
    columns,
    read,
    round: 'closing',
    frame: { key: 'budget', source: 'budget', varianceKey: 'variance' },
    details: true,
  });
}

interface FollowUpSpec {
  readonly key: string;
  readonly caption: string;
  readonly columns: readonly InvestmentColumn[];
  readonly read: ProjectSource;
  readonly round: RoundKind;
  readonly frame: { readonly key: string; readonly source: string; readonly varianceKey: string } | null;
  readonly details: boolean;
  readonly notes?: readonly string[];
}

/** The interim, annual and completed tables: projects under their units, the sum, the frame. */
function followUpTable(
  data: InvestmentData,
  options: TableOptions,
  spec: FollowUpSpec,
  shown: (project: TableProject) => boolean = (project) =>
    hasFigures(project, spec.read, amountSources(spec.columns)),
): TableModel {
  const convention = options.varianceConvention ?? DEFAULT_VARIANCE[options.kind];
  const lines = groupedLines(groupProjects(data, shown), spec.read, spec.columns);
  const projects = lines.filter((line) => line.sources !== null);
  const notes = [NET_NOTE, describeInvestmentVariance(convention, spec.details), ...(spec.notes ?? [])];
  const total = { ...sumLine('total', 'Summa investeringar', projects, notes), withDetails: spec.details };
  const frames = spec.frame
    ? frameLines(data, options, {
        columns: [{ key: spec.frame.key, year: options.year, source: spec.frame.source }],
        round: spec.round,
        against: { total, varianceKey: spec.frame.varianceKey },
      })
    : [];
  return buildLineTable({
    key: spec.key,
    caption: spec.caption,
    unit: options.unit,
    decimals: options.decimals,
    varianceConvention: convention,
    rowHeaderLabel: 'Investeringar',
    columns: spec.columns,
    lines: [
      ...lines,
      total,
      ...(spec.details ? [detailLine(total, 'expenditure'), detailLine(total, 'income')] : []),
      ...frames,
    ],
  });
}

function completedTable(data: InvestmentData, options: TableOptions): TableModel {
  const { year } = options;
  const columns: InvestmentColumn[] = [
    net('decided', 'Beslutad budget', 'decided'),
    net('accumulated', 'Ack. utfall nettoinvesteringar', 'accumulated'),
    {
      kind: 'variance',
      key: 'variance-total',
      label: 'Budgetavvikelse sedan start',
      actual: 'accumulated',
      budget: 'decided',
    },
    net('budget', `Budget ${year}`, 'budget'),
    net('actual', `Utfall ${year} nettoinvesteringar`, 'actual'),
    {
      kind: 'variance',
      key: 'variance-year',
      label: `Budgetavvikelse ${year}`,
      actual: 'actual',
      budget: 'budget',
    },
  ];
  const read: ProjectSource = (project, source) => {
    switch (source) {
      case 'decided':
        return project.decidedBudgetOre === null ? null : { amounts: asNet(project.decidedBudgetOre) };
      case 'accumulated': {
        const accumulated = data.amounts.accumulatedActual(project.id, project.startYear, year);
        return accumulated === null ? null : { amounts: accumulated };
      }
      case 'budget':
        return fromFact(data.amounts.budgetAt(project.id, year, 'closing'));
      default:
        return fromFact(data.amounts.get(project.id, year, 'actual', 'closing'));
    }
  };
  return followUpTable(
    data,
    options,
    {
      key: `investments-completed-${year}`,
      caption: `Färdigställda projekt ${year}`,
      columns,
      read,
      round: 'closing',
      frame: null,
      details: false,
      notes: [
        'Beslutad budget, ackumulerat utfall och den första budgetavvikelsen avser projektet sedan start; de tre ' +
          `sista kolumnerna avser årets investeringar ${year}.`,
      ],
    },
    (project) => project.completedYear === year,
  );
}

/** The table of a kind for a unit and year. */
export function buildInvestmentTable(data: InvestmentData, options: TableOptions): TableModel {
  switch (options.kind) {
    case 'budget':
      return budgetTable(data, options);
    case 'interim':
      return interimTable(data, options);
    case 'annual':
      return annualTable(data, options);
    case 'completed':
      return completedTable(data, options);
  }
}
