/** Reporting rounds in SQL. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../database.ts';
import type { ReportingRoundDto } from '../contract.ts';
import type { ReportingRoundTable } from './tables.ts';

export function toRoundDto(row: Selectable<ReportingRoundTable>): ReportingRoundDto {
  return {
    id: row.id,
    year: row.year,
    kind: row.kind,
    name: row.name,
    deadline: row.deadline,
    version: row.version,
  };
}

export async function findRound(db: Kysely<Database>, id: string): Promise<ReportingRoundDto | null> {
  const row = await db.selectFrom('reporting_round').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRoundDto(row) : null;
}

/** Rounds, optionally of one year, in calendar order (by deadline). */
export async function listRounds(db: Kysely<Database>, year?: number): Promise<ReportingRoundDto[]> {
  let query = db.selectFrom('reporting_round').selectAll().orderBy('deadline').orderBy('year');
  if (year !== undefined) {
    query = query.where('year', '=', year);
  }
  return (await query.execute()).map(toRoundDto);
}

export async function insertRound(
  db: Kysely<Database>,
  values: Omit<ReportingRoundDto, 'id' | 'version'> & { id?: string },
): Promise<ReportingRoundDto> {
  const row = await db.insertInto('reporting_round').values(values).returningAll().executeTakeFirstOrThrow();
  return toRoundDto(row);
}

export async function updateRoundRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: { name: string; deadline: string },
): Promise<ReportingRoundDto | null> {
  const row = await db
    .updateTable('reporting_round')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row ? toRoundDto(row) : null;
}
