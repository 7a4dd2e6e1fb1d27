/** Reading activities and their statuses. Writes go through the platform's write path. */
import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { activityEntity, activityStatusEntity } from '../model.ts';

export type Activity = EntityDto<typeof activityEntity>;
export type ActivityStatusRecord = EntityDto<typeof activityStatusEntity>;

type Row = Record<string, unknown>;
const toActivity = (row: object) => fromRow(activityEntity, row as Row);
const toStatus = (row: object) => fromRow(activityStatusEntity, row as Row);

export interface ActivityFilter {
  readonly orgUnitIds?: readonly string[];
  readonly year?: number;
  readonly ids?: readonly string[];
  readonly carriedFromIds?: readonly string[];
}

/** Activities in the plans' order: by unit, year, sort order and text. */
export async function listActivities(db: Kysely<Database>, filter: ActivityFilter = {}): Promise<Activity[]> {
  let query = db
    .selectFrom('activity')
    .selectAll()
    .orderBy('org_unit_id')
    .orderBy('year')
    .orderBy('sort_order')
    .orderBy('text');
  for (const [column, values] of [
    ['org_unit_id', filter.orgUnitIds],
    ['id', filter.ids],
    ['carried_from_id', filter.carriedFromIds],
  ] as const) {
    if (values !== undefined) {
      if (values.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(values));
    }
  }
  if (filter.year !== undefined) {
    query = query.where('year', '=', filter.year);
  }
  return (await query.execute()).map(toActivity);
}

export async function findActivity(db: Kysely<Database>, id: string): Promise<Activity | null> {
  const row = await db.selectFrom('activity').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toActivity(row) : null;
}

export async function findStatus(
  db: Kysely<Database>,
  activityId: string,
  roundId: string,
): Promise<ActivityStatusRecord | null> {
  const row = await db
    .selectFrom('activity_status')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('reporting_round_id', '=', roundId)
    .executeTakeFirst();
  return row ? toStatus(row) : null;
}

/** The activities' statuses, optionally at one round. */
export async function listStatuses(
  db: Kysely<Database>,
  activityIds: readonly string[],
  roundId?: string,
): Promise<ActivityStatusRecord[]> {
  if (activityIds.length === 0) {
    return [];
  }
  let query = db
    .selectFrom('activity_status')
    .selectAll()
    .where('activity_id', '=', anyUuid(activityIds))
    .orderBy('activity_id')
    .orderBy('reporting_round_id');
  if (roundId !== undefined) {
    query = query.where('reporting_round_id', '=', roundId);
  }
  return (await query.execute()).map(toStatus);
}
