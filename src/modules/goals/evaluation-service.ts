/**
 * A unit's goals in a year and round: the records, their evaluation, and the goal tables built from it.
 * Loaded once per unit, year and round and kept until the next write (the platform's revision cache), so
 * the goal sheet, the assessments and everything later that reads a round share one evaluation.
 */
import type { Ctx } from '../context.ts';
import { getOrgUnit, type OrgUnit } from '../organisation/index.ts';
import { listRounds, type ReportingRound } from '../planning/index.ts';
import { type Goal, listGoalAreas, listGoals, listMunicipalGoals } from './db/goal-repository.ts';
import {
  type Indicator,
  listIndicators,
  listOutcomes,
  listTargets,
  type Outcome,
  type Target,
} from './db/indicator-repository.ts';
import { type Evaluation, evaluate } from './domain/evaluation.ts';
import { buildGoalTables, type GoalTableArea } from './domain/goal-tables.ts';
import { COMPUTED_OUTCOME_PREFIX } from './domain/outcome.ts';
import { type ComputedFigure, findIndicatorComputation } from './indicator-computations.ts';

export interface UnitRound {
  readonly unit: OrgUnit;
  readonly year: number;
  /** The year's rounds, in calendar order. */
  readonly rounds: readonly ReportingRound[];
  /** The round asked for, or the default one; null when the year has no rounds. */
  readonly round: ReportingRound | null;
  /** The unit's goals valid in the year and their indicators, retired ones included (marked). */
  readonly goals: readonly Goal[];
  readonly indicators: readonly Indicator[];
  readonly targets: readonly Target[];
  /** Every outcome of the year and the two before, the computed indicators' figures included. */
  readonly outcomes: readonly Outcome[];
  /** Of the goals and indicators in current use only; null when there is no round. */
  readonly evaluation: Evaluation<Outcome> | null;
}

/**
 * The round to show when none is asked for: the latest one of the year that people have reported outcomes in
 * (computed figures do not move it: a forecast loaded in August does not make August the unit's round), else
 * its budget round.
 */
function defaultRound(rounds: readonly ReportingRound[], outcomes: readonly Outcome[], year: number) {
  const reported = new Set(
    outcomes.filter((outcome) => outcome.year === year).map((o) => o.reportingRoundId),
  );
  return (
    rounds.filter((round) => reported.has(round.id)).at(-1) ??
    rounds.find((round) => round.kind === 'budget') ??
    rounds[0] ??
    null
  );
}

async function load(
  ctx: Pick<Ctx, 'db' | 'cache'>,
  query: { orgUnit: string; year: number; round?: string },
): Promise<UnitRound> {
  const { db } = ctx;
  const { year } = query;
  const unit = await getOrgUnit(ctx, query.orgUnit);
  const allRounds = await listRounds(db);
  const rounds = allRounds.filter((round) => round.year === year);
  const goals = await listGoals(db, { orgUnitId: unit.id, year, includeRetired: true });
  const indicators = await listIndicators(
    db,
    goals.map((goal) => goal.id),
    true,
  );
  const indicatorIds = indicators.map((indicator) => indicator.id);
  const typed = await listOutcomes(db, indicatorIds, { years: { from: year - 2, to: year } });
  const outcomes = await withComputedOutcomes(ctx, unit.id, indicators, typed, allRounds, year);
  const targets = await listTargets(db, indicatorIds, { from: year, to: year + 1 });
  const round = query.round
    ? (rounds.find((candidate) => candidate.id === query.round) ?? null)
    : defaultRound(rounds, typed, year);
  const retiredGoals = new Set(goals.filter((goal) => goal.retiredAt !== null).map((goal) => goal.id));
  const current = indicators.filter(
    (indicator) => indicator.retiredAt === null && !retiredGoals.has(indicator.goalId),
  );
  const evaluation =
    round === null
      ? null
      : evaluate({ year, round, rounds: allRounds, indicators: current, targets, outcomes });
  return { unit, year, rounds, round, goals, indicators, targets, outcomes, evaluation };
}

/**
 * The typed outcomes with the computed indicators' figures for the years shown (two back) added; where a
 * computation has a figure for a round, it replaces a typed one for the same round and year – computed,
 * never typed – and where it has none (history from before the ledger was loaded) the typed one stays.
 */
async function withComputedOutcomes(
  ctx: Pick<Ctx, 'db' | 'cache'>,
  orgUnitId: string,
  indicators: readonly Indicator[],
  typed: readonly Outcome[],
  allRounds: readonly ReportingRound[],
  year: number,
): Promise<Outcome[]> {
  const rounds = allRounds.filter((round) => round.year >= year - 2 && round.year <= year);
  const computed: Outcome[] = [];
  for (const indicator of indicators) {
    const chosen = indicator.computation ? findIndicatorComputation(indicator.computation) : undefined;
    if (chosen) {
      const { computation, argument } = chosen;
      const figures = await computation.compute(ctx, { orgUnitId, rounds, argument });
      computed.push(...figures.map((figure) => computedOutcome(indicator, figure, computation.description)));
    }
  }
  const replaced = new Set(computed.map((outcome) => outcomeKey(outcome)));
  return [...typed.filter((outcome) => !replaced.has(outcomeKey(outcome))), ...computed];
}

const outcomeKey = (outcome: Outcome) => `${outcome.indicatorId}|${outcome.reportingRoundId}|${outcome.year}`;

/** A computed figure as an outcome: not stored, so it has no version, and its note says how it was computed. */
function computedOutcome(indicator: Indicator, figure: ComputedFigure, formula: string): Outcome {
  return {
    id: `${COMPUTED_OUTCOME_PREFIX}${indicator.id}-${figure.roundId}`,
    version: 0,
    indicatorId: indicator.id,
    reportingRoundId: figure.roundId,
    year: figure.year,
    fromMonth: 1,
    toMonth: figure.toMonth,
    isForecast: figure.isForecast,
    referenceYear: null,
    total: figure.value,
    women: figure.women ?? null,
    men: figure.men ?? null,
    unit: null,
    noData: figure.value === null ? ['total'] : [],
    notApplicable: [],
    noDataReason: figure.reason,
    note: `Beräknat: ${formula} ${figure.basis}`,
    source: indicator.computation,
  };
}

/** The unit's goals in the year and round with their evaluation, shared until the next write. */
export function loadUnitRound(
  ctx: Pick<Ctx, 'db' | 'cache'>,
  query: { orgUnit: string; year: number; round?: string },
): Promise<UnitRound> {
  const key = `goals.unitRound|${query.orgUnit.trim().toUpperCase()}|${query.year}|${query.round ?? ''}`;
  return ctx.cache.get(key, () => load(ctx, query));
}

export interface GoalSheet {
  readonly orgUnit: { id: string; code: string; name: string; kind: string };
  readonly year: number;
  readonly rounds: readonly ReportingRound[];
  readonly sheet: {
    readonly round: ReportingRound;
    readonly showsStatus: boolean;
    readonly areas: GoalTableArea[];
  } | null;
}

/** The goal sheet: a unit's goal tables for a year and round. Retired goals and indicators show only when asked for. */
export async function getGoalSheet(
  ctx: Pick<Ctx, 'db' | 'cache'>,
  query: { orgUnit: string; year: number; round?: string; includeRetired?: boolean },
): Promise<GoalSheet> {
  const data = await loadUnitRound(ctx, query);
  const { unit, evaluation, round } = data;
  const orgUnit = { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind };
  if (!evaluation || !round) {
    return { orgUnit, year: data.year, rounds: data.rounds, sheet: null };
  }
  const shown = query.includeRetired === true;
  const goals = data.goals.filter((goal) => shown || goal.retiredAt === null);
  const goalIds = new Set(goals.map((goal) => goal.id));
  const indicators = data.indicators.filter(
    (indicator) => goalIds.has(indicator.goalId) && (shown || indicator.retiredAt === null),
  );
  const areas = buildGoalTables({
    evaluation,
    goalAreas: await listGoalAreas(ctx.db),
    municipalGoals: await listMunicipalGoals(ctx.db, { includeRetired: true }),
    goals,
    indicators,
    targets: data.targets,
  });
  return {
    orgUnit,
    year: data.year,
    rounds: data.rounds,
    sheet: { round, showsStatus: evaluation.showsStatus, areas },
  };
}
