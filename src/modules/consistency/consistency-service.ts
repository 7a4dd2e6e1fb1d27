/**
 * The consistency checks of a unit, a year and a round kind (or all the year's rounds): gathers the facts
 * from what the other modules have already computed – the goals module's evaluation of each round, the
 * assessments, the volumes the round's documents print, the economy module's frame checks and bridges,
 * the round's texts beside its verdicts, the assignments' statuses and the internal control's counts – and
 * runs the rules over them.
 * Nothing is re-derived here (ADR 0011, docs/adr/0017).
 */
import { ROUND_KINDS, type RoundKind } from '#core/period.ts';
import { richTextToPlain } from '#core/rich-text.ts';
import { type Assessment, listAssessments } from '../assessments/index.ts';
import { listYearAssignments } from '../assignments/index.ts';
import type { Ctx } from '../context.ts';
import { budgetBridge, checkFrames } from '../economy/index.ts';
import {
  type ComputedFigure,
  findIndicatorComputation,
  type Indicator,
  listOutcomes,
  loadUnitRound,
  type Outcome,
  type UnitRound,
} from '../goals/index.ts';
import { controlReport } from '../internal-control/index.ts';
import { listNarratives, type NarrativeText, roundSlots } from '../narratives/index.ts';
import { subtreeIds } from '../organisation/domain/index.ts';
import { getOrgUnit, listOrganisation, type OrgUnit } from '../organisation/index.ts';
import { listRounds, type ReportingRound } from '../planning/index.ts';
import { buildMeasureTable, MEASURE_KINDS, VALUE_PERIODS } from '../volumes/domain/index.ts';
import { listMeasures, listValues, type Measure, type MeasureValue } from '../volumes/index.ts';
import type { ConsistencyQuery } from './contract.ts';
import { loadAcknowledgements } from './db/acknowledgement-repository.ts';
import {
  type AssignmentCounts,
  acknowledgedErrors,
  assessmentPlace,
  type BridgeFact,
  bridgePlace,
  type ComparedIndicator,
  type ComparedText,
  type ControlCounts,
  type CountedText,
  countByRule,
  countBySeverity,
  type EconomyIndicatorFigure,
  type FrameFact,
  framePlace,
  type GenderFigure,
  type GoalCounts,
  type GoalVerdict,
  type KeyedFinding,
  narrativePlace,
  outcomePlace,
  type PeriodText,
  type Place,
  type RuleCount,
  runChecks,
  type Severity,
  type StatedFigure,
  type VerdictIndicator,
  type VolumeView,
  volumeValuePlace,
  volumeViews,
  withAcknowledgements,
} from './domain/index.ts';

const provenance = (source: string | null): string[] => (source ? [source] : []);

/** "Kundnöjdhet: LKDATA (0-5)" for a sub-indicator, as the tables print it under its parent. */
function indicatorNames(indicators: readonly Indicator[]): Map<string, string> {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  return new Map(
    indicators.map((indicator) => {
      const parent = indicator.parentIndicatorId ? byId.get(indicator.parentIndicatorId) : undefined;
      return [indicator.id, parent ? `${parent.name}: ${indicator.name}` : indicator.name];
    }),
  );
}

const isWholeYear = (outcome: Outcome | undefined) =>
  outcome === undefined || outcome.isForecast || (outcome.fromMonth === 1 && outcome.toMonth === 12);

interface GoalFacts {
  readonly verdicts: GoalVerdict[];
  readonly goalCounts: ReadonlyMap<string, GoalCounts | null>;
  readonly assessmentTexts: ReadonlyMap<string, RoundText[]>;
  /** Per round, the unit's indicators as the round shows them, for the texts that compare their outcomes. */
  readonly comparedIndicators: ReadonlyMap<string, ComparedIndicator[]>;
  readonly genderFigures: GenderFigure[];
  readonly statedFigures: StatedFigure[];
  readonly economyIndicators: EconomyIndicatorFigure[];
}

/** A goal's indicators in current use as the round's evaluation sees their totals. */
function verdictIndicators(
  data: UnitRound,
  evaluation: NonNullable<UnitRound['evaluation']>,
  goalId: string,
  year: number,
): VerdictIndicator[] {
  const current = data.indicators.filter((indicator) => indicator.retiredAt === null);
  const names = indicatorNames(current);
  return current
    .filter((indicator) => indicator.goalId === goalId)
    .map((indicator) => {
      const outcome = evaluation.outcome(indicator.id, year);
      const target = data.targets.find(
        (candidate) =>
          candidate.indicatorId === indicator.id && candidate.year === year && candidate.part === 'total',
      );
      return {
        name: names.get(indicator.id) ?? indicator.name,
        status: evaluation.status(indicator.id, 'total') ?? { status: 'noData' as const },
        outcome: outcome?.total ?? null,
        unit: outcome?.unit ?? indicator.unit,
        target: target?.notation ?? null,
        wholeYear: isWholeYear(outcome),
      };
    });
}

/** A whole year's total, for the year it is about; null for months so far, a forecast or another year's survey. */
const wholeYearTotal = (outcome: Outcome | undefined, year: number) =>
  outcome &&
  !outcome.isForecast &&
  outcome.fromMonth === 1 &&
  outcome.toMonth === 12 &&
  (outcome.referenceYear === null || outcome.referenceYear === year)
    ? outcome.total
    : null;

/**
 * The indicators in current use with what the round shows of them: the year's whole-year outcome, its
 * target and last year's outcome (when in the same unit), for the rule that reads comparisons in texts.
 */
function comparedIndicators(
  data: UnitRound,
  evaluation: NonNullable<UnitRound['evaluation']>,
  goalIds: ReadonlySet<string>,
  year: number,
): ComparedIndicator[] {
  const current = data.indicators.filter(
    (indicator) => indicator.retiredAt === null && goalIds.has(indicator.goalId),
  );
  const names = indicatorNames(current);
  return current.map((indicator) => {
    const outcome = evaluation.outcome(indicator.id, year);
    const previous = evaluation.outcome(indicator.id, year - 1);
    const unit = outcome?.unit ?? indicator.unit;
    const target = data.targets.find(
      (candidate) =>
        candidate.indicatorId === indicator.id && candidate.year === year && candidate.part === 'total',
    );
    return {
      name: names.get(indicator.id) ?? indicator.name,
      unit,
      direction: indicator.desiredDirection,
      outcome: wholeYearTotal(outcome, year),
      target: target?.notation ?? null,
      previous: (previous?.unit ?? indicator.unit) === unit ? wholeYearTotal(previous, year - 1) : null,
    };
  });
}

/** A text of a round and where it is: a document text, an assessment's basis or one of its results. */
interface RoundText {
  readonly place: Place;
  readonly provenance: string[];
  readonly name: string;
  /** As the rules read it: rich text made plain; a result is plain already (printed as one bullet). */
  readonly plain: string;
}

interface RoundVerdicts {
  readonly round: ReportingRound;
  readonly verdicts: GoalVerdict[];
  /** The written bases of the round's assessments and each of their results. */
  readonly assessmentTexts: RoundText[];
  /** How many of the goals in current use the round judged each way; null for a budget round. */
  readonly counts: GoalCounts | null;
  /** The indicators of the goals in current use as the round shows them; none in a budget round. */
  readonly indicators: ComparedIndicator[];
}

/** The verdicts of one round against its evaluation, the goals module's and the assessments' own. */
async function roundVerdicts(ctx: Ctx, unit: OrgUnit, round: ReportingRound): Promise<RoundVerdicts> {
  const data = await loadUnitRound(ctx, { orgUnit: unit.id, year: round.year, round: round.id });
  const { evaluation } = data;
  if (!evaluation || round.kind === 'budget') {
    return { round, verdicts: [], assessmentTexts: [], counts: null, indicators: [] };
  }
  const goals = data.goals.filter((goal) => goal.retiredAt === null);
  const assessments = await listAssessments(
    ctx.db,
    goals.map((goal) => goal.id),
    round.id,
  );
  const judged = (verdict: string) =>
    assessments.filter((assessment) => assessment.verdict === verdict).length;
  const counts: GoalCounts = {
    total: goals.length,
    met: judged('met'),
    partlyMet: judged('partlyMet'),
    notMet: judged('notMet'),
  };
  const verdicts = assessments.flatMap((assessment): GoalVerdict[] => {
    const goal = goals.find((candidate) => candidate.id === assessment.goalId);
    if (!goal) {
      return [];
    }
    return [
      {
        place: assessmentPlace(unit.code, round, goal),
        provenance: provenance(assessment.source),
        year: round.year,
        interim: round.kind !== 'closing',
        verdict: assessment.verdict,
        suggestion: evaluation.suggestion(goal.id),
        indicators: verdictIndicators(data, evaluation, goal.id, round.year),
      },
    ];
  });
  const assessmentTexts = assessments.flatMap((assessment): RoundText[] => {
    const goal = goals.find((candidate) => candidate.id === assessment.goalId);
    return goal ? textsOfAssessment(unit, round, goal, assessment) : [];
  });
  const indicators = comparedIndicators(data, evaluation, new Set(goals.map((goal) => goal.id)), round.year);
  return { round, verdicts, assessmentTexts, counts, indicators };
}

/**
 * An assessment's basis and each of its results, at the assessment. Each result is a text of its own, as
 * the page numbers them ("Resultat 2") and the document prints them as bullets: a sentence never runs from
 * one result into the next.
 */
function textsOfAssessment(
  unit: OrgUnit,
  round: ReportingRound,
  goal: { readonly id: string; readonly name: string },
  assessment: Assessment,
): RoundText[] {
  const at = { place: assessmentPlace(unit.code, round, goal), provenance: provenance(assessment.source) };
  const basis = assessment.basis
    ? [
        {
          ...at,
          name: `Motiveringen till bedömningen av ${goal.name}`,
          plain: richTextToPlain(assessment.basis),
        },
      ]
    : [];
  const results = assessment.results.map((result, index) => ({
    ...at,
    name: `Resultat ${index + 1} under bedömningen av ${goal.name}`,
    plain: result,
  }));
  return [...basis, ...results];
}

const OUTCOME_PARTS = ['total', 'women', 'men'] as const;

/** Every figure of the unit's indicators, those reported by the checked rounds marked as checked. */
function outcomeFacts(
  unit: OrgUnit,
  indicators: readonly Indicator[],
  outcomes: readonly Outcome[],
  rounds: ReadonlyMap<string, ReportingRound>,
  checked: ReadonlySet<string>,
): Pick<GoalFacts, 'genderFigures' | 'statedFigures'> {
  const names = indicatorNames(indicators);
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const genderFigures: GenderFigure[] = [];
  const statedFigures: StatedFigure[] = [];
  for (const outcome of outcomes) {
    const indicator = byId.get(outcome.indicatorId);
    const round = rounds.get(outcome.reportingRoundId);
    if (!indicator || !round) {
      continue;
    }
    const named = { id: indicator.id, name: names.get(indicator.id) ?? indicator.name };
    const unitOf = outcome.unit ?? indicator.unit;
    const isChecked = checked.has(round.id);
    if (isChecked) {
      genderFigures.push({
        place: outcomePlace(unit.code, round, named, outcome),
        provenance: provenance(outcome.source),
        unit: unitOf,
        total: outcome.total,
        men: outcome.men,
        women: outcome.women,
      });
    }
    const period = `${outcome.fromMonth}-${outcome.toMonth}|${outcome.isForecast}|${outcome.referenceYear}`;
    for (const part of OUTCOME_PARTS) {
      const value = outcome[part];
      if (value === null) {
        continue;
      }
      statedFigures.push({
        key: `outcome|${indicator.id}|${outcome.year}|${period}|${part}|${unitOf ?? ''}`,
        value,
        unit: unitOf,
        statedBy: round.name,
        order: `${round.deadline}|${round.year}`,
        place: outcomePlace(unit.code, round, named, outcome, part),
        provenance: provenance(outcome.source),
        checked: isChecked,
      });
    }
  }
  return { genderFigures, statedFigures };
}

async function goalFacts(
  ctx: Ctx,
  unit: OrgUnit,
  year: number,
  checkedRounds: readonly ReportingRound[],
  allRounds: readonly ReportingRound[],
): Promise<GoalFacts> {
  const judged = await Promise.all(checkedRounds.map((round) => roundVerdicts(ctx, unit, round)));
  const verdicts = judged.flatMap((round) => round.verdicts);
  const goalCounts = new Map(judged.map((round) => [round.round.id, round.counts]));
  const assessmentTexts = new Map(judged.map((round) => [round.round.id, round.assessmentTexts]));
  const compared = new Map(judged.map((round) => [round.round.id, round.indicators]));
  // The year's goals and indicators are the same in every round of it.
  const data = await loadUnitRound(ctx, { orgUnit: unit.id, year });
  const retiredGoals = new Set(data.goals.filter((goal) => goal.retiredAt !== null).map((goal) => goal.id));
  const indicators = data.indicators.filter(
    (indicator) => indicator.retiredAt === null && !retiredGoals.has(indicator.goalId),
  );
  const outcomes = await listOutcomes(
    ctx.db,
    indicators.map((indicator) => indicator.id),
  );
  const rounds = new Map(allRounds.map((round) => [round.id, round]));
  const checked = new Set(checkedRounds.map((round) => round.id));
  const facts = outcomeFacts(unit, indicators, outcomes, rounds, checked);
  const typed = outcomes.filter((outcome) => checked.has(outcome.reportingRoundId));
  const economyIndicators = await economyIndicatorFacts(ctx, unit, indicators, typed, rounds);
  return { verdicts, goalCounts, assessmentTexts, comparedIndicators: compared, ...facts, economyIndicators };
}

/**
 * The economy's figure for the same period as a typed one: a whole year's outcome and the closing's; a
 * forecast and the forecasts of the same round – a forecast made at another time is another figure.
 */
const samePeriod = (figure: ComputedFigure, outcome: Outcome) =>
  figure.year === outcome.year &&
  outcome.fromMonth === 1 &&
  (outcome.isForecast
    ? figure.isForecast && figure.roundId === outcome.reportingRoundId
    : !figure.isForecast && figure.toMonth === 12 && outcome.toMonth === 12);

/**
 * The typed figures of the indicators whose figures the economy computes, each beside the economy's
 * figure for the same period, from the computation the indicator names (goals' indicator computations).
 */
async function economyIndicatorFacts(
  ctx: Ctx,
  unit: OrgUnit,
  indicators: readonly Indicator[],
  typed: readonly Outcome[],
  rounds: ReadonlyMap<string, ReportingRound>,
): Promise<EconomyIndicatorFigure[]> {
  const names = indicatorNames(indicators);
  const facts: EconomyIndicatorFigure[] = [];
  for (const indicator of indicators) {
    const chosen = indicator.computation ? findIndicatorComputation(indicator.computation) : undefined;
    const own = typed.filter((outcome) => outcome.indicatorId === indicator.id && outcome.total !== null);
    // Only the economy's and the investments': the message speaks of what the economy gives.
    const fromEconomy = ['economy.', 'investments.'].some((prefix) =>
      chosen?.computation.key.startsWith(prefix),
    );
    if (!chosen || !fromEconomy || own.length === 0) {
      continue;
    }
    const { computation, argument } = chosen;
    const years = new Set(own.map((outcome) => outcome.year));
    const figures = await computation.compute(ctx, {
      orgUnitId: unit.id,
      rounds: [...rounds.values()].filter((round) => years.has(round.year)),
      argument,
    });
    const named = { id: indicator.id, name: names.get(indicator.id) ?? indicator.name };
    for (const outcome of own) {
      const round = rounds.get(outcome.reportingRoundId);
      const figure = figures.find((candidate) => samePeriod(candidate, outcome));
      const unitOf = (outcome.unit ?? indicator.unit)?.trim() ?? null;
      if (!round || !figure || outcome.total === null || unitOf !== computation.unit) {
        continue;
      }
      facts.push({
        place: outcomePlace(unit.code, round, named, outcome),
        provenance: provenance(outcome.source),
        typed: outcome.total,
        statedBy: round.name,
        unit: computation.unit,
        computed: figure.value,
        formula: computation.description,
        basis: figure.basis,
      });
    }
  }
  return facts;
}

// Volumes ----------------------------------------------------------------------------------------------

/** Which of the values the round kinds' documents print, each with the first view that prints it. */
function shownValues(
  measures: readonly Measure[],
  values: readonly MeasureValue[],
  kinds: readonly RoundKind[],
  year: number,
): Map<string, VolumeView> {
  const shown = new Map<string, VolumeView>();
  for (const view of kinds.flatMap((kind) => volumeViews(kind, year))) {
    for (const kind of MEASURE_KINDS) {
      const table = buildMeasureTable({ kind, measures, values, layout: view.layout });
      for (const row of table.groups.flatMap((group) => group.rows)) {
        for (const cell of row.cells) {
          if (cell.ref?.kind === 'value' && !shown.has(cell.ref.id)) {
            shown.set(cell.ref.id, view);
          }
        }
      }
    }
  }
  return shown;
}

/** Who stated a volume figure, by its period (docs/adr/0014). */
const STATED_BY: Readonly<Record<MeasureValue['period'], string>> = {
  year: 'helårsuppgiften',
  budget: 'budgetdokumentet',
  april: 'delåret 30 april',
  august: 'delåret 31 augusti',
  october: 'oktoberuppföljningen',
  closing: 'bokslutet',
};

/**
 * What makes two volume values one figure: an outcome for the whole year (not a year to date, which
 * grows from round to round), a target, a budget or a plan for the same measure and year. A forecast is
 * expected to change between rounds and is not compared.
 */
function figureKey(value: MeasureValue): string | null {
  if (value.kind === 'forecast') {
    return null;
  }
  if (value.kind === 'outcome' && !['year', 'budget', 'closing'].includes(value.period)) {
    return null;
  }
  return `volume|${value.measureId}|${value.year}|${value.kind}`;
}

async function volumeFacts(
  ctx: Ctx,
  unit: OrgUnit,
  year: number,
  kinds: readonly RoundKind[],
): Promise<Pick<GoalFacts, 'genderFigures' | 'statedFigures'>> {
  const measures = await listMeasures(ctx.db, { orgUnitIds: [unit.id] });
  const values = await listValues(
    ctx.db,
    measures.map((measure) => measure.id),
  );
  const shown = shownValues(measures, values, kinds, year);
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  const genderFigures: GenderFigure[] = [];
  const statedFigures: StatedFigure[] = [];
  for (const value of values) {
    const measure = byId.get(value.measureId);
    if (!measure) {
      continue;
    }
    const view = shown.get(value.id) ?? null;
    const place = volumeValuePlace(unit.code, view, measure, value);
    if (view) {
      genderFigures.push({
        place,
        provenance: provenance(value.source),
        unit: measure.unit,
        total: value.total,
        men: value.men,
        women: value.women,
      });
    }
    const key = figureKey(value);
    if (key !== null && value.total !== null) {
      statedFigures.push({
        key,
        value: value.total,
        unit: measure.unit,
        statedBy: STATED_BY[value.period],
        order: String(VALUE_PERIODS.indexOf(value.period)),
        place,
        provenance: provenance(value.source),
        checked: view !== null,
      });
    }
  }
  return { genderFigures, statedFigures };
}

// Texts ------------------------------------------------------------------------------------------------

/** The unit's strategic assignments of the round's year and their statuses in the round (none in a budget). */
async function assignmentCounts(
  ctx: Ctx,
  unit: OrgUnit,
  round: ReportingRound,
): Promise<AssignmentCounts | null> {
  if (round.kind === 'budget') {
    return null;
  }
  const list = await listYearAssignments(ctx, { year: round.year, org: unit.id, round: round.id });
  if (list.summary === null) {
    return null;
  }
  const { counts, total } = list.summary;
  return {
    total,
    done: counts.done,
    inProgress: counts.inProgress,
    notStarted: counts.notStarted,
    notApplicable: counts.notApplicable,
  };
}

/**
 * The internal control of the unit and the units under it in the round, counted as the annual report's
 * paragraph counts it (`internalControl.summary`: the internal-control module's report of the subtree for
 * the round); none in a budget.
 */
async function controlCounts(ctx: Ctx, unit: OrgUnit, round: ReportingRound): Promise<ControlCounts | null> {
  if (round.kind === 'budget') {
    return null;
  }
  const report = await controlReport(ctx, { org: unit.id, year: round.year, round: round.id, subtree: true });
  if (report.summary === null) {
    return null;
  }
  const { planned, done, needingAction } = report.summary;
  return { planned, done, needingAction, units: new Set(report.rows.map((row) => row.unit.id)).size };
}

/** Whether a text speaks of kontrollmoment at all: the internal control is looked up only then. */
const mentionsControls = (plain: string) => plain.toLowerCase().includes('kontrollmoment');

/** The unit's written document texts of a round, each named as the page Texter names it. */
async function documentTexts(
  ctx: Pick<Ctx, 'db'>,
  unit: OrgUnit,
  round: ReportingRound,
  stored: readonly NarrativeText[],
): Promise<RoundText[]> {
  const { slots } = await roundSlots(ctx, round, unit.name);
  return stored.flatMap((text): RoundText[] => {
    if (text.reportingRoundId !== round.id || text.body === null) {
      return [];
    }
    const slot = slots.find((candidate) => candidate.key === text.key);
    const name = slot ? (slot.chapter ? `${slot.chapter} › ${slot.heading}` : slot.heading) : text.key;
    return [
      {
        place: narrativePlace(unit.code, round, { id: text.id, key: text.key, name }),
        provenance: [],
        name,
        plain: richTextToPlain(text.body),
      },
    ];
  });
}

/**
 * The texts of the checked rounds – the unit's document texts, its assessments' bases and results – as
 * plain text, beside what the round's data says: the verdicts on the goals, the assignments' statuses and,
 * when a text speaks of kontrollmoment, the internal control's counts; with the other units' names, which
 * make a sentence about controls one unit's.
 */
async function textFacts(
  ctx: Ctx,
  unit: OrgUnit,
  units: readonly OrgUnit[],
  checkedRounds: readonly ReportingRound[],
  goals: Pick<GoalFacts, 'goalCounts' | 'assessmentTexts' | 'comparedIndicators'>,
): Promise<(CountedText & PeriodText & ComparedText)[]> {
  const stored = await listNarratives(ctx.db, {
    orgUnitIds: [unit.id],
    roundIds: checkedRounds.map((round) => round.id),
  });
  const otherUnits = units
    .filter((candidate) => candidate.id !== unit.id)
    .flatMap((candidate) => [candidate.name, candidate.code]);
  const facts: (CountedText & PeriodText & ComparedText)[] = [];
  for (const round of checkedRounds) {
    const texts = [
      ...(await documentTexts(ctx, unit, round, stored)),
      ...(goals.assessmentTexts.get(round.id) ?? []),
    ];
    if (texts.length === 0) {
      continue;
    }
    const assignments = await assignmentCounts(ctx, unit, round);
    const controls = texts.some((text) => mentionsControls(text.plain))
      ? await controlCounts(ctx, unit, round)
      : null;
    for (const text of texts) {
      facts.push({
        place: text.place,
        provenance: text.provenance,
        name: text.name,
        plain: text.plain,
        round,
        roundName: round.name,
        goals: goals.goalCounts.get(round.id) ?? null,
        assignments,
        controls,
        otherUnits: controls === null ? [] : otherUnits,
        indicators: goals.comparedIndicators.get(round.id) ?? [],
      });
    }
  }
  return facts;
}

// The budget -------------------------------------------------------------------------------------------

/** The economy module's frame checks of the unit and the units under it, and its bridge of the unit. */
async function budgetFacts(
  ctx: Ctx,
  unit: OrgUnit,
  units: readonly OrgUnit[],
  year: number,
): Promise<{ frames: FrameFact[]; bridges: BridgeFact[] }> {
  const byId = new Map(units.map((candidate) => [candidate.id, candidate]));
  const below = subtreeIds(units, unit.id);
  const [checks, bridge] = await Promise.all([checkFrames(ctx, year), budgetBridge(ctx, unit.id, year)]);
  const frames = checks.flatMap((check): FrameFact[] => {
    const owner = byId.get(check.frame.orgUnitId);
    if (!owner || !below.has(owner.id)) {
      return [];
    }
    return [
      {
        place: framePlace(owner, check.frame),
        provenance: provenance(check.frame.decision),
        kind: check.frame.kind,
        status: check.status,
        amount: check.frame.amount,
        adjustedAmount: check.adjustedAmount,
        budgetNetCost: check.budgetNetCost,
      },
    ];
  });
  const bridges = bridge.flatMap((row): BridgeFact[] => {
    const owner = byId.get(row.orgUnitId);
    if (!owner) {
      return [];
    }
    return [
      {
        place: bridgePlace(owner, year),
        provenance: [],
        previous: row.previous,
        changes: Object.values(row.changes),
        current: row.current,
        unexplained: row.unexplained,
      },
    ];
  });
  return { frames, bridges };
}

// The check --------------------------------------------------------------------------------------------

export interface ConsistencyReport {
  readonly orgUnit: { readonly id: string; readonly code: string; readonly name: string };
  readonly year: number;
  readonly round: RoundKind | null;
  /** Each with its key and, for a "fel", the acknowledgement that covers it. */
  readonly findings: readonly KeyedFinding[];
  readonly counts: readonly RuleCount[];
  readonly severities: Readonly<Record<Severity, number>>;
  /** How many of the errors are acknowledged; the rest are open and stop an approval. */
  readonly acknowledged: number;
}

export async function checkConsistency(ctx: Ctx, query: ConsistencyQuery): Promise<ConsistencyReport> {
  const unit = await getOrgUnit(ctx, query.org);
  const [units, allRounds] = await Promise.all([listOrganisation(ctx), listRounds(ctx.db)]);
  const kinds: readonly RoundKind[] = query.round ? [query.round] : ROUND_KINDS;
  const checkedRounds = allRounds.filter((round) => round.year === query.year && kinds.includes(round.kind));
  const [goals, volumes, budget] = await Promise.all([
    goalFacts(ctx, unit, query.year, checkedRounds, allRounds),
    volumeFacts(ctx, unit, query.year, kinds),
    kinds.includes('budget') ? budgetFacts(ctx, unit, units, query.year) : { frames: [], bridges: [] },
  ]);
  const texts = await textFacts(ctx, unit, units, checkedRounds, goals);
  const found = runChecks({
    texts,
    verdicts: goals.verdicts,
    genderFigures: [...goals.genderFigures, ...volumes.genderFigures],
    statedFigures: [...goals.statedFigures, ...volumes.statedFigures],
    frames: budget.frames,
    bridges: budget.bridges,
    economyIndicators: goals.economyIndicators,
  });
  const findings = withAcknowledgements(found, await loadAcknowledgements(ctx, unit.id, query.year));
  return {
    orgUnit: { id: unit.id, code: unit.code, name: unit.name },
    year: query.year,
    round: query.round ?? null,
    findings,
    counts: countByRule(findings),
    severities: countBySeverity(findings),
    acknowledged: acknowledgedErrors(findings),
  };
}
