/**
 * The one-screen report: everything a unit reports in a round, in one answer – its part and the moves the
 * user may make, every current goal with its verdict beside the indicators' suggestion, and every indicator
 * with the round's own outcome, target and last year's figure; narrowed to what the round asks for when it
 * names goals or indicators (domain/round-subset.ts). The goals and assessments are the ones the
 * goal tables show (the shared evaluation, cached until the next write), so the screen and the tables never
 * disagree.
 */
import { type JsonText, joinJson, jsonBytes } from '#core/api.ts';
import { type GoalAssessment, listUnitAssessments } from '../assessments/index.ts';
import type { Ctx } from '../context.ts';
import { loadUnitRound, type Outcome } from '../goals/index.ts';
import {
  type AskedGoal,
  arrangeReport,
  narrowReport,
  type ReportPeriod,
  reportedText,
  reportPeriod,
} from './domain/index.ts';
import { type PartView, readPart } from './part-service.ts';
import { loadRoundSubset } from './subset-service.ts';

export interface UnitReport {
  readonly part: PartView;
  readonly period: ReportPeriod;
  /** Goals are judged in follow-up rounds, not at the budget. */
  readonly assesses: boolean;
  /** Whether the user may enter outcomes and verdicts here now: allowed on the unit, and nothing locked. */
  readonly editable: boolean;
  /** Why nothing can be changed, when the round is closed or the part approved. */
  readonly locked: string | null;
  /** "7 av 12 indikatorer har utfall": of those the round asks for. */
  readonly reported: string;
  /** "Tillfället frågar efter 3 av 12 indikatorer"; null when the round asks for everything. */
  readonly asks: string | null;
  readonly goals: AskedGoal<Outcome, GoalAssessment | null>[];
}

type ReportBody = Omit<UnitReport, 'part' | 'editable' | 'locked'>;

async function loadReportBody(ctx: Ctx, round: PartView['round'], unitId: string): Promise<ReportBody> {
  const query = { orgUnit: unitId, year: round.year, round: round.id };
  const data = await loadUnitRound(ctx, query);
  const assesses = round.kind !== 'budget';
  const assessments = assesses ? await listUnitAssessments(ctx, query) : [];
  const period = reportPeriod(round);
  const all = arrangeReport({
    roundId: round.id,
    period,
    targetYear: round.year,
    goals: data.goals,
    indicators: data.indicators,
    roundOutcomes: data.outcomes,
    targets: data.targets,
    previousTotal: (indicatorId) => data.evaluation?.outcome(indicatorId, period.year - 1)?.total ?? null,
    assessmentOf: (goalId) => assessments.find((assessment) => assessment.goalId === goalId) ?? null,
  });
  const { goals, asks } = narrowReport(all, await loadRoundSubset(ctx, round.id));
  return { period, assesses, reported: reportedText(goals.flatMap((goal) => goal.indicators)), asks, goals };
}

/**
 * The report as the actor sees it: the body is everyone's, kept as JSON bytes until the next write, and the
 * part and the rights, which are theirs, are written in front of it. Serialising the whole report for each
 * of a reporting week's readers was the largest cost of answering it.
 */
export async function getUnitReport(
  ctx: Ctx,
  roundId: string,
  unitRef: string,
): Promise<JsonText<UnitReport>> {
  const { view, may } = await readPart(ctx, roundId, unitRef);
  const body = await ctx.cache.get(`reporting.report|${view.round.id}|${view.unit.id}`, async () =>
    jsonBytes(await loadReportBody(ctx, view.round, view.unit.id)),
  );
  const own: Omit<UnitReport, keyof ReportBody> = {
    part: view,
    editable: view.locked === null && may('report'),
    locked: view.locked,
  };
  return joinJson<UnitReport>(own, body);
}
