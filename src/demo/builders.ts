/**
 * Turns the compact row tables of the demo transcription into data-package records.
 *
 * The tables in the sibling files mirror the seed documents line by line: every cell is written exactly as
 * printed ("4,4*", "I.U.", "2016: 15,2%", "237 mnkr.", "Färre än 700", "100 ⁷"), and the footnote markers
 * are resolved here with the meaning the table itself declares (footnotes are scoped to one table,
 * domain.md §2.3). Anything a table does not declare makes the build throw, so a typo in a transcription
 * fails the tests instead of producing a quietly wrong figure.
 */
import { compareDecimal, parseSwedishDecimal } from '#core/decimal.ts';
import { ROUND_KINDS, type RoundKind } from '#core/period.ts';
import type { Verdict } from '#modules/assessments/domain/index.ts';
import {
  type DataPackageInput,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
} from '#modules/data-package/contract.ts';
import type { DesiredDirection, IndicatorPart } from '#modules/goals/domain/index.ts';
import type { OrgUnitKind } from '#modules/organisation/domain/index.ts';
import { defaultDeadline, defaultRoundName } from '#modules/planning/domain/index.ts';
import { demoId } from './demo-id.ts';

type Records<K extends keyof DataPackageInput> = NonNullable<DataPackageInput[K]>;
export type OrgUnitRecord = Records<'orgUnits'>[number];
export type RoundRecord = Records<'reportingRounds'>[number];
export type GoalAreaRecord = Records<'goalAreas'>[number];
export type MunicipalGoalRecord = Records<'municipalGoals'>[number];
export type GoalRecord = Records<'goals'>[number];
export type IndicatorRecord = Records<'indicators'>[number];
export type TargetRecord = Records<'targets'>[number];
export type OutcomeRecord = Records<'outcomes'>[number];
export type AssessmentRecord = Records<'assessments'>[number];

// ---------------------------------------------------------------------------------------------------------
// Row types of the transcription tables
// ---------------------------------------------------------------------------------------------------------

/** code, name, kind, parent code, valid from, valid to (inclusive). sortOrder is the order among siblings. */
export type OrgRow = readonly [
  code: string,
  name: string,
  kind: OrgUnitKind,
  parent: string | null,
  validFrom: string,
  validTo: string | null,
];

export type GoalAreaName = 'Samhälle' | 'Medborgare' | 'Ekonomi' | 'Verksamhet' | 'Medarbetare';

export interface GoalAreaRow {
  readonly name: GoalAreaName;
  readonly description: string;
}

export interface MunicipalGoalRow {
  readonly area: GoalAreaName;
  readonly name: string;
  readonly source: string;
  /** Paragraphs as printed; joined with a blank line. */
  readonly description: readonly string[];
}

export interface MunicipalGoalSet {
  /** The budget the set was decided in; part of the ids ("municipal-goal:2023:…"). */
  readonly key: number;
  readonly validFromYear: number;
  readonly validToYear: number | null;
  readonly goals: readonly MunicipalGoalRow[];
}

/** What a footnote marker ("*", "**", "¹" …) means in one table. */
export type Footnote =
  /** On an indicator name: the indicator is obligatory (000:445) or fixed by the council (001:721). */
  | { readonly kind: 'obligatory' }
  /** On an indicator name: the footnote defines the indicator (001:675, 698, 736-740, 767). */
  | { readonly kind: 'definition'; readonly text: string }
  /** On a target or an indicator name: a note on the target(s) (001:677, 742). */
  | { readonly kind: 'targetNote'; readonly text: string }
  /** On an outcome: the months it covers, and whether it is a forecast (000:382, 399, 409). */
  | {
      readonly kind: 'period';
      readonly fromMonth: number;
      readonly toMonth: number;
      readonly isForecast?: boolean;
    };

export type Footnotes = Readonly<Record<string, Footnote>>;

/** An outcome column of a table: its year, and what its header says about every cell in it. */
export interface OutcomeColumn {
  readonly year: number;
  readonly fromMonth?: number;
  readonly toMonth?: number;
  /** A footnote on the column header ("2017*", 002:432). */
  readonly note?: string;
}

export interface IndicatorOptions {
  readonly unit?: string;
  readonly dir?: DesiredDirection;
  /** The figures are computed from the economy ("economy.budgetVariance"), where it has them. */
  readonly computation?: string;
}

/** Printed cells, left to right; '' is a blank cell. */
export type Cells = readonly string[];

export type Row =
  | {
      readonly kind: 'goal';
      readonly name: string;
      readonly source: string;
      readonly description: string | null;
    }
  | {
      readonly kind: 'indicator';
      readonly level: 'top' | 'sub';
      readonly name: string;
      readonly source: string;
      readonly values: Cells;
      readonly targets: Cells;
      readonly options: IndicatorOptions;
    }
  | {
      readonly kind: 'part';
      readonly part: 'women' | 'men';
      readonly source: string;
      readonly values: Cells;
      readonly targets: Cells;
    };

/** A goal row: name and the descriptive line printed with it. */
export function goal(name: string, source: string, description: string | null = null): Row {
  return { kind: 'goal', name, source, description };
}

/** An indicator row: name as printed (with its footnote markers), outcome cells, target cells. */
export function ind(
  name: string,
  source: string,
  values: Cells = [],
  targets: Cells = [],
  options: IndicatorOptions = {},
): Row {
  return { kind: 'indicator', level: 'top', name, source, values, targets, options };
}

/** A sub-row of the last indicator ("-LKDATA (0-5)"); the leading "-" is dropped from the name. */
export function sub(
  name: string,
  source: string,
  values: Cells = [],
  targets: Cells = [],
  options: IndicatorOptions = {},
): Row {
  return { kind: 'indicator', level: 'sub', name, source, values, targets, options };
}

/** The "Män" row of the last indicator. */
export function men(source: string, values: Cells, targets: Cells = []): Row {
  return { kind: 'part', part: 'men', source, values, targets };
}

/** The "Kvinnor" row of the last indicator. */
export function women(source: string, values: Cells, targets: Cells = []): Row {
  return { kind: 'part', part: 'women', source, values, targets };
}

/** Whose goals a document holds, and for which years. */
export interface GoalSet {
  readonly org: string;
  /** The year in the ids: "goal:VSS:2023:God service". */
  readonly key: number;
  readonly validFromYear: number;
  readonly validToYear: number | null;
  /** Which set of kommunövergripande mål the goals belong to. */
  readonly municipalGoalSet: number;
}

export interface RoundRef {
  readonly year: number;
  readonly kind: RoundKind;
}

export interface GoalTable {
  /** The kommunövergripande mål printed above the table (or in its first column). */
  readonly municipalGoal?: string;
  /** Overrides the document's footnotes: markers are scoped to one table. */
  readonly footnotes?: Footnotes;
  /** Overrides the document's outcome columns. */
  readonly columns?: readonly OutcomeColumn[];
  readonly rows: readonly Row[];
}

export interface GoalDocument {
  readonly goalSet: GoalSet;
  readonly round: RoundRef;
  /**
   * 'define' creates the goals and indicators; 'followUp' only adds outcomes and targets to goals and
   * indicators an earlier document defined, looking them up by name.
   */
  readonly mode: 'define' | 'followUp';
  /** Names the document in target notes when it prints another target than the defining document. */
  readonly label?: string;
  readonly columns: readonly OutcomeColumn[];
  readonly targetYears: readonly number[];
  readonly footnotes?: Footnotes;
  readonly tables: readonly GoalTable[];
}

export interface AssessmentRow {
  readonly goal: string;
  readonly verdict: Verdict;
  readonly source: string;
  /** Paragraphs; joined with a blank line. */
  readonly basis: readonly string[];
  readonly results: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------
// Cell parsing
// ---------------------------------------------------------------------------------------------------------

const NO_DATA = new Set(['I.U.', 'IU', 'I.U', '-', 'N/A']);
const SUPERSCRIPTS = '¹²³⁴⁵⁶⁷⁸⁹';

interface Period {
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly isForecast: boolean;
}

interface ParsedValue {
  readonly value: string | null;
  readonly noData: boolean;
  readonly period: Period | null;
  readonly isForecast: boolean;
  readonly referenceYear: number | null;
  readonly notes: readonly string[];
}

function footnoteFor(marker: string, footnotes: Footnotes, where: string): Footnote {
  const footnote = footnotes[marker];
  if (footnote === undefined) {
    throw new Error(`${where}: the table declares no footnote ${JSON.stringify(marker)}`);
  }
  return footnote;
}

/**
 * Reads an outcome cell as printed: "4,4*", "*53", "I.U.", "2016: 15,2%", "237 mnkr.", "0 kr.",
 * "4,5 (18,5 Mdkr)", "3,8 (19,2 Mdkr, prognos)". Returns null for a blank cell.
 */
export function parseValueCell(raw: string, footnotes: Footnotes, where: string): ParsedValue | null {
  let text = raw.trim();
  if (text === '') {
    return null;
  }
  if (NO_DATA.has(text)) {
    return { value: null, noData: true, period: null, isForecast: false, referenceYear: null, notes: [] };
  }
  let period: Period | null = null;
  const marker = /^(\*+)|(\*+)$/.exec(text);
  if (marker) {
    const symbol = marker[1] ?? marker[2] ?? '';
    const footnote = footnoteFor(symbol, footnotes, where);
    if (footnote.kind !== 'period') {
      throw new Error(`${where}: footnote ${symbol} is not a period footnote`);
    }
    period = {
      fromMonth: footnote.fromMonth,
      toMonth: footnote.toMonth,
      isForecast: footnote.isForecast ?? false,
    };
    text = marker[1] === undefined ? text.slice(0, -symbol.length) : text.slice(symbol.length);
  }
  let referenceYear: number | null = null;
  const prefix = /^(\d{4}):\s*/.exec(text);
  if (prefix) {
    referenceYear = Number(prefix[1]);
    text = text.slice(prefix[0].length);
  }
  let isForecast = period?.isForecast ?? false;
  const notes: string[] = [];
  const bracket = /\s*\(([^)]*)\)$/.exec(text);
  if (bracket) {
    for (const part of (bracket[1] ?? '').split(/,\s+/).map((item) => item.trim())) {
      if (part === 'prognos') {
        isForecast = true;
      } else if (part !== '') {
        notes.push(part);
      }
    }
    text = text.slice(0, bracket.index);
  }
  text = text.replace(/\s*(%|mnkr\.|kr\.)$/, '');
  const value = parseSwedishDecimal(text);
  if (value === null) {
    throw new Error(`${where}: cannot read the outcome ${JSON.stringify(raw)}`);
  }
  return { value, noData: false, period, isForecast, referenceYear, notes };
}

/** Reads a target cell: the notation as printed, with a trailing footnote marker moved to the note. */
export function parseTargetCell(
  raw: string,
  footnotes: Footnotes,
  where: string,
): { notation: string; note: string | null } | null {
  const text = raw.trim();
  if (text === '') {
    return null;
  }
  const marker = new RegExp(`\\s*([${SUPERSCRIPTS}])$`).exec(text);
  if (!marker) {
    return { notation: text, note: null };
  }
  const footnote = footnoteFor(marker[1] ?? '', footnotes, where);
  if (footnote.kind !== 'targetNote') {
    throw new Error(`${where}: footnote ${marker[1]} on a target is not a target note`);
  }
  return { notation: text.slice(0, marker.index), note: footnote.text };
}

interface ParsedName {
  readonly name: string;
  readonly obligatory: boolean;
  readonly definition: string | null;
  readonly targetNote: string | null;
}

/** Splits the footnote markers off an indicator name: "*Chefindex", "Kommunens resultat.*", "AVI ⁸". */
export function parseIndicatorName(raw: string, footnotes: Footnotes, where: string): ParsedName {
  let name = raw.trim();
  const markers: string[] = [];
  const leading = /^\*+/.exec(name);
  if (leading) {
    markers.push(leading[0]);
    name = name.slice(leading[0].length).trim();
  }
  const trailing = new RegExp(`\\s*(\\*+|[${SUPERSCRIPTS}])$`);
  for (let match = trailing.exec(name); match; match = trailing.exec(name)) {
    markers.push(match[1] ?? '');
    name = name.slice(0, match.index);
  }
  let obligatory = false;
  let definition: string | null = null;
  let targetNote: string | null = null;
  for (const marker of markers) {
    const footnote = footnoteFor(marker, footnotes, where);
    switch (footnote.kind) {
      case 'obligatory':
        obligatory = true;
        break;
      case 'definition':
        definition = footnote.text;
        break;
      case 'targetNote':
        targetNote = footnote.text;
        break;
      case 'period':
        throw new Error(`${where}: a period footnote on an indicator name`);
    }
  }
  return { name, obligatory, definition, targetNote };
}

/** "002:401" + "002:402" + "002:403" → "002:401-403"; sources from different files are listed. */
export function mergeSources(sources: readonly string[]): string {
  const unique = [...new Set(sources)];
  const parsed = unique.map((source) => /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(source));
  const files = new Set(parsed.map((match) => match?.[1]));
  if (unique.length === 1 || parsed.some((match) => match === null) || files.size !== 1) {
    return unique.join(', ');
  }
  const lines = parsed.flatMap((match) => [Number(match?.[2]), Number(match?.[3] ?? match?.[2])]);
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  return `${[...files][0]}:${first === last ? first : `${first}-${last}`}`;
}

function joinNotes(...notes: ReadonlyArray<string | null | undefined>): string | null {
  const present = [...new Set(notes.filter((note): note is string => note !== null && note !== undefined))];
  return present.length === 0 ? null : present.join(' ');
}

/** Two targets are the same when printed alike or when both are the same plain number ("100" and "100,0"). */
function sameTarget(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  const x = parseSwedishDecimal(a);
  const y = parseSwedishDecimal(b);
  return x !== null && y !== null && compareDecimal(x, y) === 0;
}

// ---------------------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------------------

export function roundId(round: RoundRef): string {
  return demoId(`round:${round.year}:${round.kind}`);
}

export function goalAreaId(name: GoalAreaName): string {
  return demoId(`goal-area:${name}`);
}

export function municipalGoalId(set: number, name: string): string {
  return demoId(`municipal-goal:${set}:${name}`);
}

function goalKey(set: GoalSet, name: string): string {
  return `goal:${set.org}:${set.key}:${name}`;
}

export function goalId(set: GoalSet, name: string): string {
  return demoId(goalKey(set, name));
}

function indicatorKey(set: GoalSet, name: string, parent: string | null): string {
  return `indicator:${set.org}:${set.key}:${parent === null ? name : `${parent}/${name}`}`;
}

/** The id of an indicator; a sub-row is named by its parent and its own name ("Kundnöjdhet/LKDATA (0-5)"). */
export function indicatorId(set: GoalSet, name: string, parent: string | null = null): string {
  return demoId(indicatorKey(set, name, parent));
}

// ---------------------------------------------------------------------------------------------------------
// The builder
// ---------------------------------------------------------------------------------------------------------

interface IndicatorState {
  readonly key: string;
  readonly record: IndicatorRecord;
  readonly name: string;
  readonly unit: string | null;
  readonly direction: DesiredDirection;
  readonly targetNote: string | null;
}

interface Pending {
  readonly indicator: IndicatorState;
  readonly row: Extract<Row, { kind: 'indicator' }>;
  readonly parts: Partial<Record<'women' | 'men', Extract<Row, { kind: 'part' }>>>;
}

interface Context {
  readonly doc: GoalDocument;
  readonly table: GoalTable;
  readonly footnotes: Footnotes;
  readonly columns: readonly OutcomeColumn[];
  goal: GoalRecord | null;
  top: IndicatorState | null;
  pending: Pending | null;
}

export class PackageBuilder {
  private readonly orgUnits: OrgUnitRecord[] = [];
  private readonly rounds: RoundRecord[] = [];
  private readonly goalAreas: GoalAreaRecord[] = [];
  private readonly municipalGoals: MunicipalGoalRecord[] = [];
  private readonly goals: GoalRecord[] = [];
  private readonly indicators: IndicatorRecord[] = [];
  private readonly targets: TargetRecord[] = [];
  private readonly outcomes: OutcomeRecord[] = [];
  private readonly assessments: AssessmentRecord[] = [];

  private readonly ids = new Set<string>();
  private readonly municipalGoalIds = new Set<string>();
  private readonly goalsByKey = new Map<string, GoalRecord>();
  private readonly indicatorsByKey = new Map<string, IndicatorState>();
  private readonly targetsByKey = new Map<string, TargetRecord>();
  private readonly counters = new Map<string, number>();
  private readonly genderSplit = new Set<string>();

  private claim(id: string, what: string): string {
    if (this.ids.has(id)) {
      throw new Error(`Duplicate demo record: ${what}`);
    }
    this.ids.add(id);
    return id;
  }

  private next(counter: string): number {
    const value = this.counters.get(counter) ?? 0;
    this.counters.set(counter, value + 1);
    return value;
  }

  addOrgUnits(rows: readonly OrgRow[]): void {
    for (const [code, name, kind, parent, validFrom, validTo] of rows) {
      this.orgUnits.push({
        id: this.claim(demoId(`org:${code}`), `org ${code}`),
        code,
        name,
        kind,
        parent,
        validFrom,
        validTo,
        sortOrder: this.next(`org-children:${parent ?? ''}`),
      });
    }
  }

  /** Every round kind of every year, with the customary names and deadlines. */
  addRounds(fromYear: number, toYear: number): void {
    for (let year = fromYear; year <= toYear; year += 1) {
      for (const kind of ROUND_KINDS) {
        this.rounds.push({
          id: this.claim(roundId({ year, kind }), `round ${year} ${kind}`),
          year,
          kind,
          name: defaultRoundName(kind, year),
          deadline: defaultDeadline(kind, year),
        });
      }
    }
  }

  addGoalAreas(rows: readonly GoalAreaRow[]): void {
    rows.forEach((row, index) => {
      this.goalAreas.push({
        id: this.claim(goalAreaId(row.name), `goal area ${row.name}`),
        name: row.name,
        description: row.description,
        sortOrder: index,
      });
    });
  }

  addMunicipalGoals(set: MunicipalGoalSet): void {
    set.goals.forEach((row, index) => {
      const id = this.claim(municipalGoalId(set.key, row.name), `municipal goal ${set.key} ${row.name}`);
      this.municipalGoalIds.add(id);
      this.municipalGoals.push({
        id,
        goalAreaId: goalAreaId(row.area),
        name: row.name,
        description: row.description.length === 0 ? null : row.description.join('\n\n'),
        validFromYear: set.validFromYear,
        validToYear: set.validToYear,
        sortOrder: index,
        source: row.source,
      });
    });
  }

  addDocument(doc: GoalDocument): void {
    for (const table of doc.tables) {
      const context: Context = {
        doc,
        table,
        footnotes: table.footnotes ?? doc.footnotes ?? {},
        columns: table.columns ?? doc.columns,
        goal: null,
        top: null,
        pending: null,
      };
      for (const row of table.rows) {
        this.addRow(context, row);
      }
      this.flush(context);
    }
  }

  private addRow(context: Context, row: Row): void {
    switch (row.kind) {
      case 'goal':
        this.flush(context);
        context.goal = this.goalRow(context, row);
        context.top = null;
        return;
      case 'indicator': {
        this.flush(context);
        const indicator = this.indicatorRow(context, row);
        if (row.level === 'top') {
          context.top = indicator;
        }
        context.pending = { indicator, row, parts: {} };
        return;
      }
      case 'part': {
        const pending = context.pending;
        if (pending === null || pending.parts[row.part] !== undefined) {
          throw new Error(`${row.source}: a ${row.part} row without an indicator row above it`);
        }
        pending.parts[row.part] = row;
        this.genderSplit.add(pending.indicator.record.id);
        return;
      }
    }
  }

  private goalRow(context: Context, row: Extract<Row, { kind: 'goal' }>): GoalRecord {
    const set = context.doc.goalSet;
    const key = goalKey(set, row.name);
    if (context.doc.mode === 'followUp') {
      const existing = this.goalsByKey.get(key);
      if (existing === undefined) {
        throw new Error(`${row.source}: no goal ${key} to follow up`);
      }
      return existing;
    }
    const municipalGoal = context.table.municipalGoal;
    if (municipalGoal === undefined) {
      throw new Error(`${row.source}: the table names no kommunövergripande mål`);
    }
    const municipalId = municipalGoalId(set.municipalGoalSet, municipalGoal);
    if (!this.municipalGoalIds.has(municipalId)) {
      throw new Error(
        `${row.source}: unknown kommunövergripande mål ${set.municipalGoalSet} ${municipalGoal}`,
      );
    }
    const record: GoalRecord = {
      id: this.claim(demoId(key), key),
      orgUnit: set.org,
      municipalGoalId: municipalId,
      parentGoalId: null,
      name: row.name,
      description: row.description,
      validFromYear: set.validFromYear,
      validToYear: set.validToYear,
      sortOrder: this.next(`goals:${set.org}:${set.key}`),
      source: row.source,
    };
    this.goals.push(record);
    this.goalsByKey.set(key, record);
    return record;
  }

  private indicatorRow(context: Context, row: Extract<Row, { kind: 'indicator' }>): IndicatorState {
    const set = context.doc.goalSet;
    const goalRecord = context.goal;
    if (goalRecord === null) {
      throw new Error(`${row.source}: an indicator before any goal`);
    }
    const parsed = parseIndicatorName(row.name, context.footnotes, row.source);
    const parent = row.level === 'sub' ? context.top : null;
    if (row.level === 'sub' && parent === null) {
      throw new Error(`${row.source}: a sub-row without an indicator above it`);
    }
    const name = row.level === 'sub' ? parsed.name.replace(/^-\s*/, '') : parsed.name;
    const key = indicatorKey(set, name, parent?.name ?? null);
    if (context.doc.mode === 'followUp') {
      const existing = this.indicatorsByKey.get(key);
      if (existing === undefined || existing.record.goalId !== goalRecord.id) {
        throw new Error(`${row.source}: no indicator ${key} under ${goalRecord.name} to follow up`);
      }
      return existing;
    }
    const unit = row.options.unit ?? parent?.unit ?? null;
    const direction = row.options.dir ?? parent?.direction ?? 'none';
    const record: IndicatorRecord = {
      id: this.claim(demoId(key), key),
      goalId: goalRecord.id,
      parentIndicatorId: parent?.record.id ?? null,
      name,
      unit,
      desiredDirection: direction,
      isObligatory: parsed.obligatory,
      isGenderSplit: false,
      definition: parsed.definition,
      ...(row.options.computation ? { dataSource: 'computed', computation: row.options.computation } : {}),
      sortOrder: this.next(parent === null ? `indicators:${goalRecord.id}` : `indicators:${parent.key}`),
      source: row.source,
    };
    const state: IndicatorState = {
      key,
      record,
      name,
      unit,
      direction,
      targetNote: parsed.targetNote ?? parent?.targetNote ?? null,
    };
    this.indicators.push(record);
    this.indicatorsByKey.set(key, state);
    return state;
  }

  private flush(context: Context): void {
    const pending = context.pending;
    context.pending = null;
    if (pending === null) {
      return;
    }
    const rows: Array<[IndicatorPart, { source: string; values: Cells; targets: Cells }]> = [
      ['total', pending.row],
    ];
    if (pending.parts.women) {
      rows.push(['women', pending.parts.women]);
    }
    if (pending.parts.men) {
      rows.push(['men', pending.parts.men]);
    }
    for (const [, row] of rows) {
      if (row.values.length > context.columns.length) {
        throw new Error(`${row.source}: more outcome cells than columns`);
      }
      if (row.targets.length > context.doc.targetYears.length) {
        throw new Error(`${row.source}: more target cells than target years`);
      }
    }
    context.columns.forEach((column, index) => {
      this.addOutcome(context, pending.indicator, column, rows, index);
    });
    for (const [part, row] of rows) {
      context.doc.targetYears.forEach((year, index) => {
        const cell = parseTargetCell(row.targets[index] ?? '', context.footnotes, row.source);
        if (cell !== null) {
          this.addTarget(context, pending.indicator, year, part, cell, row.source);
        }
      });
    }
  }

  private addOutcome(
    context: Context,
    indicator: IndicatorState,
    column: OutcomeColumn,
    rows: ReadonlyArray<[IndicatorPart, { source: string; values: Cells }]>,
    index: number,
  ): void {
    const cells = rows
      .map(([part, row]) => ({
        part,
        source: row.source,
        cell: parseValueCell(row.values[index] ?? '', context.footnotes, row.source),
      }))
      .filter(
        (entry): entry is { part: IndicatorPart; source: string; cell: ParsedValue } => entry.cell !== null,
      );
    if (cells.length === 0) {
      return;
    }
    const periods = cells.flatMap(({ cell }) => (cell.period === null ? [] : [cell.period]));
    const period = periods[0] ?? null;
    const years = [
      ...new Set(cells.flatMap(({ cell }) => (cell.referenceYear === null ? [] : [cell.referenceYear]))),
    ];
    const samePeriod = periods.every(
      (other) =>
        other.fromMonth === period?.fromMonth &&
        other.toMonth === period.toMonth &&
        other.isForecast === period.isForecast,
    );
    if (!samePeriod || years.length > 1) {
      throw new Error(`${indicator.key}: cells of one outcome disagree on period or year`);
    }
    const partValue = (part: IndicatorPart): string | null =>
      cells.find((entry) => entry.part === part)?.cell.value ?? null;
    const round = context.doc.round;
    const key = `outcome:${indicator.key}:${round.year}:${round.kind}:${column.year}`;
    this.outcomes.push({
      id: this.claim(demoId(key), key),
      indicatorId: indicator.record.id,
      reportingRoundId: roundId(round),
      year: column.year,
      fromMonth: period?.fromMonth ?? column.fromMonth ?? 1,
      toMonth: period?.toMonth ?? column.toMonth ?? 12,
      isForecast: cells.some(({ cell }) => cell.isForecast),
      referenceYear: years[0] ?? null,
      total: partValue('total'),
      women: partValue('women'),
      men: partValue('men'),
      noData: cells.filter(({ cell }) => cell.noData).map(({ part }) => part),
      noDataReason: null,
      note: joinNotes(column.note, ...cells.flatMap(({ cell }) => cell.notes)),
      source: mergeSources(cells.map(({ source }) => source)),
    });
  }

  private addTarget(
    context: Context,
    indicator: IndicatorState,
    year: number,
    part: IndicatorPart,
    cell: { notation: string; note: string | null },
    source: string,
  ): void {
    const key = `target:${indicator.key}:${year}:${part}`;
    const existing = this.targetsByKey.get(key);
    if (existing !== undefined && context.doc.mode === 'followUp') {
      if (!sameTarget(existing.notation, cell.notation)) {
        const label = context.doc.label ?? 'Ett annat dokument';
        existing.note = joinNotes(existing.note, `${label} anger målvärdet ${cell.notation} (${source}).`);
      }
      return;
    }
    const record: TargetRecord = {
      id: this.claim(demoId(key), key),
      indicatorId: indicator.record.id,
      year,
      part,
      notation: cell.notation,
      note: joinNotes(cell.note, indicator.targetNote),
      source,
    };
    this.targets.push(record);
    this.targetsByKey.set(key, record);
  }

  addAssessments(set: GoalSet, round: RoundRef, rows: readonly AssessmentRow[]): void {
    for (const row of rows) {
      const goalRecord = this.goalsByKey.get(goalKey(set, row.goal));
      if (goalRecord === undefined) {
        throw new Error(`${row.source}: no goal ${row.goal} to assess`);
      }
      const key = `assessment:${goalKey(set, row.goal)}:${round.year}:${round.kind}`;
      this.assessments.push({
        id: this.claim(demoId(key), key),
        goalId: goalRecord.id,
        reportingRoundId: roundId(round),
        verdict: row.verdict,
        basis: row.basis.length === 0 ? null : row.basis.join('\n\n'),
        results: [...row.results],
        source: row.source,
      });
    }
  }

  build(): DataPackageInput {
    return {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      scope: null,
      orgUnits: this.orgUnits,
      reportingRounds: this.rounds,
      goalAreas: this.goalAreas,
      municipalGoals: this.municipalGoals,
      goals: this.goals,
      indicators: this.indicators.map((record) => ({
        ...record,
        isGenderSplit: this.genderSplit.has(record.id),
      })),
      targets: this.targets,
      outcomes: this.outcomes,
      assessments: this.assessments,
    };
  }
}
