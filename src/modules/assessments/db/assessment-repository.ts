/** Reading assessments. Writes go through the platform's write path. */
import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { assessmentEntity } from '../model.ts';

export type Assessment = EntityDto<typeof assessmentEntity>;

const toAssessment = (row: object) => fromRow(assessmentEntity, row as Record<string, unknown>);

export async function findAssessment(
  db: Kysely<Database>,
  goalId: string,
  roundId: string,
): Promise<Assessment | null> {
  const row = await db
    .selectFrom('assessment')
    .selectAll()
    .where('goal_id', '=', goalId)
    .where('reporting_round_id', '=', roundId)
    .executeTakeFirst();
  return row ? toAssessment(row) : null;
}

export async function listAssessments(
  db: Kysely<Database>,
  goalIds: readonly string[],
  roundId?: string,
): Promise<Assessment[]> {
  if (goalIds.length === 0) {
    return [];
  }
  let query = db.selectFrom('assessment').selectAll().where('goal_id', '=', anyUuid(goalIds));
  if (roundId !== undefined) {
    query = query.where('reporting_round_id', '=', roundId);
  }
  return (await query.execute()).map(toAssessment);
}
