/** Reading reporting rounds. */
import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { reportingRoundEntity } from '../model.ts';

export type ReportingRound = EntityDto<typeof reportingRoundEntity>;

const toRound = (row: object) => fromRow(reportingRoundEntity, row as Record<string, unknown>);

export async function findRound(db: Kysely<Database>, id: string): Promise<ReportingRound | null> {
  const row = await db.selectFrom('reporting_round').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRound(row) : null;
}

/** Rounds, optionally of one year or with given ids, in calendar order (by deadline). */
export async function listRounds(
  db: Kysely<Database>,
  year?: number,
  ids?: readonly string[],
): Promise<ReportingRound[]> {
  let query = db.selectFrom('reporting_round').selectAll().orderBy('deadline').orderBy('year');
  if (year !== undefined) {
    query = query.where('year', '=', year);
  }
  if (ids !== undefined) {
    query = query.where('id', '=', anyUuid(ids));
  }
  return (await query.execute()).map(toRound);
}
