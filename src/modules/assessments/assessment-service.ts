/**
 * Use cases for assessments: the human verdict per goal and round, shown beside the verdict the indicators
 * suggest. The human verdict always stands; a contradiction is a finding, not an error.
 */

import type { Issue } from '#core/issues.ts';
import { write } from '#platform/context.ts';
import type { Ctx } from '../context.ts';
import { isInForce, suggestVerdict } from '../goals/domain/index.ts';
import { type Goal, getGoal, loadUnitRound } from '../goals/index.ts';
import { mayWrite } from '../module-policy.ts';
import { getRound, type ReportingRound } from '../planning/index.ts';
import type { AssessmentInput } from './contract.ts';
import { type Assessment, findAssessment, listAssessments } from './db/assessment-repository.ts';
import {
  contradictionWithoutBasis,
  describeSuggestion,
  findVerdictContradiction,
  type VerdictSuggestion,
} from './domain/verdict.ts';
import { assessmentsErrors as errors } from './messages.sv.ts';
import { assessmentEntity } from './model.ts';

export interface GoalAssessment {
  readonly goalId: string;
  readonly reportingRoundId: string;
  readonly assessment: Assessment | null;
  readonly suggestion: VerdictSuggestion & { readonly description: string };
  readonly contradiction: Issue | null;
}

function present(
  goalId: string,
  roundId: string,
  assessment: Assessment | null,
  suggestion: VerdictSuggestion,
): GoalAssessment {
  return {
    goalId,
    reportingRoundId: roundId,
    assessment,
    suggestion: { ...suggestion, description: describeSuggestion(suggestion) },
    contradiction: assessment ? findVerdictContradiction(assessment.verdict, suggestion) : null,
  };
}

/** Every current goal of a unit in a round: its assessment, if any, and what the indicators suggest. */
export async function listUnitAssessments(
  ctx: Pick<Ctx, 'db' | 'cache'>,
  query: { orgUnit: string; year: number; round: string },
): Promise<GoalAssessment[]> {
  const { goals, round, evaluation } = await loadUnitRound(ctx, query);
  if (!round || !evaluation || round.kind === 'budget') {
    return [];
  }
  const current = goals.filter((goal) => goal.retiredAt === null);
  const assessments = await listAssessments(
    ctx.db,
    current.map((goal) => goal.id),
    round.id,
  );
  return current.map((goal) =>
    present(
      goal.id,
      round.id,
      assessments.find((assessment) => assessment.goalId === goal.id) ?? null,
      evaluation.suggestion(goal.id),
    ),
  );
}

/** A unit's assessments with whether the actor may judge each goal now: what its unit page links to. */
export async function listUnitAssessmentsWithMay(
  ctx: Ctx,
  query: { orgUnit: string; year: number; round: string },
): Promise<(GoalAssessment & { editable: boolean })[]> {
  const assessments = await listUnitAssessments(ctx, query);
  return Promise.all(
    assessments.map(async (entry) => ({
      ...entry,
      editable: await mayAssess(ctx, entry.goalId, entry.reportingRoundId),
    })),
  );
}

/** The goal and round, and what the round's evaluation – the same one the goal tables show – suggests. */
async function loadContext(ctx: Pick<Ctx, 'db' | 'cache'>, goalId: string, roundId: string) {
  const goal = await getGoal(ctx, goalId);
  const round = await getRound(ctx, roundId);
  if (round.kind === 'budget') {
    throw errors.budget_round(round.name);
  }
  if (!isInForce(goal, round.year)) {
    throw errors.goal_not_valid(goal.name, round.year);
  }
  const { evaluation } = await loadUnitRound(ctx, {
    orgUnit: goal.orgUnitId,
    year: round.year,
    round: round.id,
  });
  const suggestion = evaluation?.suggestion(goal.id) ?? suggestVerdict([]);
  return { goal, round, suggestion };
}

export interface GoalAssessmentDetail extends GoalAssessment {
  readonly goal: Goal;
  readonly round: ReportingRound;
  /** Whether the actor may judge the goal in the round now: allowed on its unit, and nothing locked. */
  readonly editable: boolean;
}

/** Asked of the policy that decides the save: the goal's unit in the round's year, and the round's locks. */
function mayAssess(ctx: Ctx, goalId: string, roundId: string): Promise<boolean> {
  return mayWrite(ctx, assessmentEntity.table, { goalId, reportingRoundId: roundId });
}

export async function getGoalAssessment(
  ctx: Ctx,
  goalId: string,
  roundId: string,
): Promise<GoalAssessmentDetail> {
  const { goal, round, suggestion } = await loadContext(ctx, goalId, roundId);
  const assessment = await findAssessment(ctx.db, goal.id, round.id);
  const editable = await mayAssess(ctx, goal.id, round.id);
  return { goal, round, ...present(goal.id, round.id, assessment, suggestion), editable };
}

/** Records the verdict: a new assessment, or a change to the existing one with the version the user read. */
export async function saveGoalAssessment(
  ctx: Ctx,
  goalId: string,
  roundId: string,
  input: AssessmentInput,
): Promise<GoalAssessmentDetail> {
  const result = await write(ctx, async (tx) => {
    const { goal, round, suggestion } = await loadContext(tx, goalId, roundId);
    const current = await findAssessment(tx.db, goal.id, round.id);
    const { version, ...patch } = input;
    const unexplained = contradictionWithoutBasis(
      input.verdict,
      patch.basis ?? current?.basis ?? null,
      suggestion,
    );
    if (unexplained) {
      throw errors.basis_required(unexplained.message);
    }
    let saved: Assessment;
    if (current === null) {
      saved = await tx.insert(assessmentEntity, {
        goalId: goal.id,
        reportingRoundId: round.id,
        verdict: input.verdict,
        basis: patch.basis ?? null,
        results: patch.results ?? [],
        source: patch.source ?? null,
      });
    } else {
      if (version === undefined) {
        throw errors.version_required();
      }
      saved = await tx.update(assessmentEntity, current, version, patch);
    }
    return { goal, round, ...present(goal.id, round.id, saved, suggestion) };
  });
  // What the saver may do next, asked after the commit as the next read would ask it.
  return { ...result, editable: await mayAssess(ctx, result.goal.id, result.round.id) };
}
