/** Assessments in SQL. */
import type { Kysely, Selectable } from 'kysely';
import { anyUuid } from '#platform/db/any-of.ts';
import type { Database } from '../../database.ts';
import type { AssessmentDto } from '../contract.ts';
import type { Verdict } from '../domain/verdict.ts';
import type { AssessmentTable } from './tables.ts';

export function toAssessmentDto(row: Selectable<AssessmentTable>): AssessmentDto {
  return {
    id: row.id,
    goalId: row.goal_id,
    reportingRoundId: row.reporting_round_id,
    verdict: row.verdict,
    basis: row.basis,
    results: row.results,
    source: row.source,
    version: row.version,
  };
}

export async function findAssessment(db: Kysely<Database>, goalId: string, roundId: string) {
  const row = await db
    .selectFrom('assessment')
    .selectAll()
    .where('goal_id', '=', goalId)
    .where('reporting_round_id', '=', roundId)
    .executeTakeFirst();
  return row ? toAssessmentDto(row) : null;
}

export async function listAssessments(db: Kysely<Database>, goalIds: readonly string[], roundId?: string) {
  if (goalIds.length === 0) {
    return [];
  }
  let query = db.selectFrom('assessment').selectAll().where('goal_id', '=', anyUuid(goalIds));
  if (roundId !== undefined) {
    query = query.where('reporting_round_id', '=', roundId);
  }
  return (await query.execute()).map(toAssessmentDto);
}

export interface AssessmentValues {
  verdict: Verdict;
  basis: string | null;
  results: string[];
  source: string | null;
}

export async function insertAssessment(
  db: Kysely<Database>,
  values: AssessmentValues & { goalId: string; roundId: string },
) {
  const row = await db
    .insertInto('assessment')
    .values({
      goal_id: values.goalId,
      reporting_round_id: values.roundId,
      verdict: values.verdict,
      basis: values.basis,
      results: values.results,
      source: values.source,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAssessmentDto(row);
}

export async function updateAssessmentRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: AssessmentValues,
) {
  const row = await db
    .updateTable('assessment')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row ? toAssessmentDto(row) : null;
}
