/** Goal areas, municipal goals and goals in SQL. */
import { type Kysely, type Selectable, sql } from 'kysely';
import { anyUuid } from '#platform/db/any-of.ts';
import type { Database } from '../../database.ts';
import type { GoalAreaDto, GoalDto, MunicipalGoalDto } from '../contract.ts';
import type { GoalAreaTable, GoalTable, MunicipalGoalTable } from './tables.ts';

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

export function toGoalAreaDto(row: Selectable<GoalAreaTable>): GoalAreaDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    sortOrder: row.sort_order,
    version: row.version,
  };
}

export function toMunicipalGoalDto(row: Selectable<MunicipalGoalTable>): MunicipalGoalDto {
  return {
    id: row.id,
    goalAreaId: row.goal_area_id,
    name: row.name,
    description: row.description,
    validFromYear: row.valid_from_year,
    validToYear: row.valid_to_year,
    sortOrder: row.sort_order,
    retiredAt: iso(row.retired_at),
    source: row.source,
    version: row.version,
  };
}

export function toGoalDto(row: Selectable<GoalTable>): GoalDto {
  return {
    id: row.id,
    orgUnitId: row.org_unit_id,
    municipalGoalId: row.municipal_goal_id,
    parentGoalId: row.parent_goal_id,
    name: row.name,
    description: row.description,
    validFromYear: row.valid_from_year,
    validToYear: row.valid_to_year,
    sortOrder: row.sort_order,
    retiredAt: iso(row.retired_at),
    source: row.source,
    version: row.version,
  };
}

/** `valid_from_year <= year <= valid_to_year`, with an open end. */
const validIn = (year: number) =>
  sql<boolean>`valid_from_year <= ${year} and (valid_to_year is null or valid_to_year >= ${year})`;

export async function listGoalAreas(db: Kysely<Database>): Promise<GoalAreaDto[]> {
  const rows = await db.selectFrom('goal_area').selectAll().orderBy('sort_order').orderBy('name').execute();
  return rows.map(toGoalAreaDto);
}

export async function listMunicipalGoals(
  db: Kysely<Database>,
  options: { year?: number; includeRetired?: boolean } = {},
): Promise<MunicipalGoalDto[]> {
  let query = db.selectFrom('municipal_goal').selectAll().orderBy('sort_order').orderBy('name');
  if (options.year !== undefined) {
    query = query.where(validIn(options.year));
  }
  if (!options.includeRetired) {
    query = query.where('retired_at', 'is', null);
  }
  return (await query.execute()).map(toMunicipalGoalDto);
}

export async function findMunicipalGoal(db: Kysely<Database>, id: string): Promise<MunicipalGoalDto | null> {
  const row = await db.selectFrom('municipal_goal').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMunicipalGoalDto(row) : null;
}

export async function findGoal(db: Kysely<Database>, id: string): Promise<GoalDto | null> {
  const row = await db.selectFrom('goal').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toGoalDto(row) : null;
}

export async function listGoals(
  db: Kysely<Database>,
  options: {
    orgUnitId?: string;
    orgUnitIds?: readonly string[];
    year?: number;
    includeRetired?: boolean;
    ids?: readonly string[];
  },
): Promise<GoalDto[]> {
  let query = db.selectFrom('goal').selectAll().orderBy('sort_order').orderBy('name');
  if (options.orgUnitId !== undefined) {
    query = query.where('org_unit_id', '=', options.orgUnitId);
  }
  if (options.orgUnitIds !== undefined) {
    query = query.where('org_unit_id', '=', anyUuid(options.orgUnitIds));
  }
  if (options.year !== undefined) {
    query = query.where(validIn(options.year));
  }
  if (options.ids !== undefined) {
    if (options.ids.length === 0) {
      return [];
    }
    query = query.where('id', '=', anyUuid(options.ids));
  }
  if (!options.includeRetired) {
    query = query.where('retired_at', 'is', null);
  }
  return (await query.execute()).map(toGoalDto);
}

export interface GoalValues {
  municipalGoalId: string | null;
  parentGoalId: string | null;
  name: string;
  description: string | null;
  validFromYear: number;
  validToYear: number | null;
  source: string | null;
}

function goalColumns(values: GoalValues) {
  return {
    municipal_goal_id: values.municipalGoalId,
    parent_goal_id: values.parentGoalId,
    name: values.name,
    description: values.description,
    valid_from_year: values.validFromYear,
    valid_to_year: values.validToYear,
    source: values.source,
  };
}

export async function insertGoal(
  db: Kysely<Database>,
  values: GoalValues & { orgUnitId: string; sortOrder: number },
): Promise<GoalDto> {
  const row = await db
    .insertInto('goal')
    .values({ ...goalColumns(values), org_unit_id: values.orgUnitId, sort_order: values.sortOrder })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toGoalDto(row);
}

type VersionedTable =
  | 'goal'
  | 'municipal_goal'
  | 'goal_area'
  | 'indicator'
  | 'indicator_target'
  | 'indicator_outcome';

/**
 * Updates one row when its version matches, bumping the version; null when it does not (someone saved
 * first). Every editable table of the module goes through here so that optimistic locking is one rule.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
  version: number,
  values: Record<string, unknown>,
): Promise<Record<string, unknown> | null> {
  const { rows } = await sql<Record<string, unknown>>`
    update ${sql.table(table)}
    set ${sql.join(
      Object.entries({ ...values, version: version + 1, updated_at: new Date() }).map(
        ([column, value]) => sql`${sql.ref(column)} = ${value}`,
      ),
    )}
    where id = ${id} and version = ${version}
    returning *`.execute(db);
  return rows[0] ?? null;
}

/** The row `updateVersioned` returned, read as the table's row type (it selected `*` from that table). */
export function rowOf<Row>(row: Record<string, unknown> | null): Row | null {
  return row as Row | null;
}

const retiredAt = (retired: boolean) => ({ retired_at: retired ? new Date() : null });

export async function updateGoalRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: GoalValues | { sortOrder: number } | { retired: boolean },
): Promise<GoalDto | null> {
  const columns =
    'sortOrder' in values
      ? { sort_order: values.sortOrder }
      : 'retired' in values
        ? retiredAt(values.retired)
        : goalColumns(values);
  const row = rowOf<Selectable<GoalTable>>(await updateVersioned(db, 'goal', id, version, columns));
  return row ? toGoalDto(row) : null;
}

export async function setMunicipalGoalRetiredRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  retired: boolean,
) {
  const row = rowOf<Selectable<MunicipalGoalTable>>(
    await updateVersioned(db, 'municipal_goal', id, version, retiredAt(retired)),
  );
  return row ? toMunicipalGoalDto(row) : null;
}

export async function nextGoalSortOrder(db: Kysely<Database>, orgUnitId: string): Promise<number> {
  const row = await db
    .selectFrom('goal')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('org_unit_id', '=', orgUnitId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertMunicipalGoal(
  db: Kysely<Database>,
  values: Omit<MunicipalGoalDto, 'id' | 'version' | 'retiredAt'>,
): Promise<MunicipalGoalDto> {
  const row = await db
    .insertInto('municipal_goal')
    .values({
      goal_area_id: values.goalAreaId,
      name: values.name,
      description: values.description,
      valid_from_year: values.validFromYear,
      valid_to_year: values.validToYear,
      sort_order: values.sortOrder,
      source: values.source,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMunicipalGoalDto(row);
}

export async function insertGoalArea(
  db: Kysely<Database>,
  values: { name: string; description: string | null; sortOrder: number },
): Promise<GoalAreaDto> {
  const row = await db
    .insertInto('goal_area')
    .values({ name: values.name, description: values.description, sort_order: values.sortOrder })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toGoalAreaDto(row);
}
