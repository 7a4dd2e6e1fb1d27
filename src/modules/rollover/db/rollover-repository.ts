/** Reading rollovers, and the change log's entries on their records. Writes go through the write path. */
import { type Kysely, sql } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { yearRolloverEntity } from '../model.ts';

export type YearRollover = EntityDto<typeof yearRolloverEntity>;

const toRollover = (row: object) => fromRow(yearRolloverEntity, row as Record<string, unknown>);

export async function findRollover(db: Kysely<Database>, id: string): Promise<YearRollover | null> {
  const row = await db.selectFrom('year_rollover').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRollover(row) : null;
}

/** The rollover of `fromYear` that stands (not undone), if any. */
export async function findActiveRollover(
  db: Kysely<Database>,
  fromYear: number,
): Promise<YearRollover | null> {
  const row = await db
    .selectFrom('year_rollover')
    .selectAll()
    .where('from_year', '=', fromYear)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  return row ? toRollover(row) : null;
}

export async function listRollovers(db: Kysely<Database>, limit = 20): Promise<YearRollover[]> {
  const rows = await db
    .selectFrom('year_rollover')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRollover);
}

/** The change log's last entry now: what a rollover's records are compared against later. */
export async function changeLogMark(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{
    mark: string;
  }>`select coalesce(max(id), 0)::text as mark from change_log`.execute(db);
  return rows[0]?.mark ?? '0';
}

export interface LaterEdit {
  readonly table: string;
  readonly id: string;
  readonly actorName: string;
  readonly createdAt: Date;
}

/** The first change-log entry after `mark` on any of the records: the edit that ends the chance to undo. */
export async function firstEditAfter(
  db: Kysely<Database>,
  mark: string,
  records: readonly { table: string; id: string }[],
): Promise<LaterEdit | null> {
  if (records.length === 0) {
    return null;
  }
  const refs = JSON.stringify(records.map((record) => ({ t: record.table, i: record.id })));
  const { rows } = await sql<{
    entity_type: string;
    entity_id: string;
    actor_name: string;
    created_at: Date;
  }>`
    select c.entity_type, c.entity_id, c.actor_name, c.created_at
    from json_to_recordset(${refs}::json) as r (t text, i uuid)
    join change_log c on c.entity_type = r.t and c.entity_id = r.i and c.id > ${mark}::bigint
    order by c.id limit 1`.execute(db);
  const [row] = rows;
  return row
    ? { table: row.entity_type, id: row.entity_id, actorName: row.actor_name, createdAt: row.created_at }
    : null;
}
