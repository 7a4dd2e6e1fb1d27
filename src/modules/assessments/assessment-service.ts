/**
 * Use cases for assessments: the human verdict per goal and round, shown beside the verdict the indicators
 * suggest. The human verdict always stands; a contradiction is a finding, not an error.
 */

import type { Kysely } from 'kysely';
import type { Actor } from '#core/actor.ts';
import { staleVersion } from '#core/errors.ts';
import type { Issue } from '#core/issues.ts';
import { recordChange } from '#platform/audit/change-log.ts';
import type { Database } from '../database.ts';
import { isInForce } from '../goals/domain/index.ts';
import { type GoalDto, getGoal, getGoalSheet, goalStatuses } from '../goals/index.ts';
import { getRound, type ReportingRoundDto } from '../planning/index.ts';
import type { AssessmentDto, AssessmentInput } from './contract.ts';
import {
  type AssessmentValues,
  findAssessment,
  insertAssessment,
  listAssessments,
  updateAssessmentRow,
} from './db/assessment-repository.ts';
import {
  describeSuggestion,
  findVerdictContradiction,
  suggestVerdict,
  type VerdictSuggestion,
} from './domain/verdict.ts';
import { ASSESSMENT_ENTITY, assessmentsErrors } from './messages.sv.ts';

export interface GoalAssessment {
  readonly goalId: string;
  readonly reportingRoundId: string;
  readonly assessment: AssessmentDto | null;
  readonly suggestion: VerdictSuggestion & { readonly description: string };
  readonly contradiction: Issue | null;
}

function present(
  goalId: string,
  roundId: string,
  assessment: AssessmentDto | null,
  suggestion: VerdictSuggestion,
) {
  return {
    goalId,
    reportingRoundId: roundId,
    assessment,
    suggestion: { ...suggestion, description: describeSuggestion(suggestion) },
    contradiction: assessment ? findVerdictContradiction(assessment.verdict, suggestion) : null,
  };
}

/** Every goal of a unit in a round: its assessment, if any, and what the indicators suggest. */
export async function listUnitAssessments(
  db: Kysely<Database>,
  query: { orgUnit: string; year: number; round: string },
): Promise<GoalAssessment[]> {
  const { sheet } = await getGoalSheet(db, query);
  if (!sheet || sheet.round.kind === 'budget') {
    return [];
  }
  const goals = sheet.areas.flatMap((area) =>
    area.tables.flatMap((table) => table.goals.map((block) => block.goal)),
  );
  const assessments = await listAssessments(
    db,
    goals.map((goal) => goal.id),
    sheet.round.id,
  );
  return goals.map((goal) =>
    present(
      goal.id,
      sheet.round.id,
      assessments.find((assessment) => assessment.goalId === goal.id) ?? null,
      suggestVerdict(goalStatuses(sheet, goal.id)),
    ),
  );
}

async function loadContext(db: Kysely<Database>, goalId: string, roundId: string) {
  const goal = await getGoal(db, goalId);
  const round = await getRound(db, roundId);
  if (round.kind === 'budget') {
    throw assessmentsErrors.budgetRound(round.name);
  }
  if (!isInForce(goal, round.year)) {
    throw assessmentsErrors.goalNotValid(goal.name, round.year);
  }
  const { sheet } = await getGoalSheet(db, {
    orgUnit: goal.orgUnitId,
    year: round.year,
    round: round.id,
    includeRetired: true,
  });
  const suggestion = suggestVerdict(sheet ? goalStatuses(sheet, goal.id) : []);
  return { goal, round, suggestion };
}

export interface GoalAssessmentDetail extends GoalAssessment {
  readonly goal: GoalDto;
  readonly round: ReportingRoundDto;
}

export async function getGoalAssessment(
  db: Kysely<Database>,
  goalId: string,
  roundId: string,
): Promise<GoalAssessmentDetail> {
  const { goal, round, suggestion } = await loadContext(db, goalId, roundId);
  const assessment = await findAssessment(db, goal.id, round.id);
  return { goal, round, ...present(goal.id, round.id, assessment, suggestion) };
}

/** Records the verdict: a new assessment, or a change to the existing one with the version the user read. */
export async function saveGoalAssessment(
  db: Kysely<Database>,
  actor: Actor,
  goalId: string,
  roundId: string,
  input: AssessmentInput,
): Promise<GoalAssessmentDetail> {
  return db.transaction().execute(async (trx) => {
    const { goal, round, suggestion } = await loadContext(trx, goalId, roundId);
    const current = await findAssessment(trx, goal.id, round.id);
    const values: AssessmentValues = {
      verdict: input.verdict,
      basis: input.basis ?? null,
      results: input.results ?? [],
      source: input.source ?? current?.source ?? null,
    };
    let saved: AssessmentDto;
    if (current === null) {
      saved = await insertAssessment(trx, { ...values, goalId: goal.id, roundId: round.id });
      await recordChange(trx, actor, 'create', 'assessment', saved.id, null, saved);
    } else {
      if (input.version === undefined) {
        throw assessmentsErrors.versionRequired();
      }
      const updated = await updateAssessmentRow(trx, current.id, input.version, values);
      if (!updated) {
        throw staleVersion(ASSESSMENT_ENTITY);
      }
      saved = updated;
      await recordChange(trx, actor, 'update', 'assessment', saved.id, current, saved);
    }
    return { goal, round, ...present(goal.id, round.id, saved, suggestion) };
  });
}
