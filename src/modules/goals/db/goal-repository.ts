/** Reading goal areas, municipal goals and goals. Writes go through the platform's write path. */
import { type Kysely, sql } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { goalAreaEntity, goalEntity, municipalGoalEntity } from '../model.ts';

export type GoalArea = EntityDto<typeof goalAreaEntity>;
export type MunicipalGoal = EntityDto<typeof municipalGoalEntity>;
export type Goal = EntityDto<typeof goalEntity>;

type Row = Record<string, unknown>;
const toGoalArea = (row: object) => fromRow(goalAreaEntity, row as Row);
const toMunicipalGoal = (row: object) => fromRow(municipalGoalEntity, row as Row);
const toGoal = (row: object) => fromRow(goalEntity, row as Row);

/** `valid_from_year <= year <= valid_to_year`, with an open end. */
const validIn = (year: number) =>
  sql<boolean>`valid_from_year <= ${year} and (valid_to_year is null or valid_to_year >= ${year})`;

export async function listGoalAreas(db: Kysely<Database>): Promise<GoalArea[]> {
  const rows = await db.selectFrom('goal_area').selectAll().orderBy('sort_order').orderBy('name').execute();
  return rows.map(toGoalArea);
}

export async function listMunicipalGoals(
  db: Kysely<Database>,
  options: { year?: number; includeRetired?: boolean } = {},
): Promise<MunicipalGoal[]> {
  let query = db.selectFrom('municipal_goal').selectAll().orderBy('sort_order').orderBy('name');
  if (options.year !== undefined) {
    query = query.where(validIn(options.year));
  }
  if (!options.includeRetired) {
    query = query.where('retired_at', 'is', null);
  }
  return (await query.execute()).map(toMunicipalGoal);
}

export async function findMunicipalGoal(db: Kysely<Database>, id: string): Promise<MunicipalGoal | null> {
  const row = await db.selectFrom('municipal_goal').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMunicipalGoal(row) : null;
}

export async function findGoal(db: Kysely<Database>, id: string): Promise<Goal | null> {
  const row = await db.selectFrom('goal').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toGoal(row) : null;
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
): Promise<Goal[]> {
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
  return (await query.execute()).map(toGoal);
}

/** Ids of the goal and every goal above it through parentGoalId, nearest first (a cycle stops the walk). */
export async function listGoalAncestorIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const ids: string[] = [];
  let current: string | null = id;
  while (current !== null && !ids.includes(current)) {
    ids.push(current);
    const row: { parent_goal_id: string | null } | undefined = await db
      .selectFrom('goal')
      .select('parent_goal_id')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parent_goal_id ?? null;
  }
  return ids;
}
