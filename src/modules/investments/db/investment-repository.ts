/** Reading projects, amounts, frames and frame changes. Writes go through the platform's write path. */

import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { amountEntity, frameChangeEntity, frameEntity, projectEntity } from '../model.ts';

export type Project = EntityDto<typeof projectEntity>;
export type Amount = EntityDto<typeof amountEntity>;
export type Frame = EntityDto<typeof frameEntity>;
export type FrameChange = EntityDto<typeof frameChangeEntity>;

type Row = Record<string, unknown>;

export interface UnitFilter {
  readonly orgUnitIds?: readonly string[];
  readonly ids?: readonly string[];
}

/** The rows of the units and with the ids the filter names (either or both), as one condition. */
function ofUnitsAndIds(filter: UnitFilter): RawBuilder<boolean> {
  const conditions = [
    sql`true`,
    ...(filter.orgUnitIds === undefined ? [] : [sql`org_unit_id = ${anyUuid(filter.orgUnitIds)}`]),
    ...(filter.ids === undefined ? [] : [sql`id = ${anyUuid(filter.ids)}`]),
  ];
  return sql<boolean>`${sql.join(conditions, sql` and `)}`;
}

/** True when a list given to filter by is empty: nothing can match. */
function matchesNothing(filter: UnitFilter): boolean {
  return filter.orgUnitIds?.length === 0 || filter.ids?.length === 0;
}

/** Projects by unit and order. */
export async function listProjects(db: Kysely<Database>, filter: UnitFilter = {}): Promise<Project[]> {
  let query = db
    .selectFrom('investment_project')
    .selectAll()
    .orderBy('org_unit_id')
    .orderBy('sort_order')
    .orderBy('name');
  if (matchesNothing(filter)) {
    return [];
  }
  query = query.where(ofUnitsAndIds(filter));
  return (await query.execute()).map((row) => fromRow(projectEntity, row as Row));
}

export async function findProject(db: Kysely<Database>, id: string): Promise<Project | null> {
  const row = await db.selectFrom('investment_project').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(projectEntity, row as Row) : null;
}

/** The projects' amounts by year, kind and round. */
export async function listAmounts(db: Kysely<Database>, projectIds: readonly string[]): Promise<Amount[]> {
  if (projectIds.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom('investment_amount')
    .selectAll()
    .where('project_id', '=', anyUuid(projectIds))
    .orderBy('year')
    .orderBy('kind')
    .orderBy('round')
    .execute();
  return rows.map((row) => fromRow(amountEntity, row as Row));
}

export async function findAmount(db: Kysely<Database>, id: string): Promise<Amount | null> {
  const row = await db.selectFrom('investment_amount').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(amountEntity, row as Row) : null;
}

/** Frames by unit and year, optionally of one year. */
export async function listFrames(
  db: Kysely<Database>,
  filter: UnitFilter & { readonly year?: number } = {},
): Promise<Frame[]> {
  let query = db.selectFrom('investment_frame').selectAll().orderBy('org_unit_id').orderBy('year');
  if (matchesNothing(filter)) {
    return [];
  }
  query = query.where(ofUnitsAndIds(filter));
  if (filter.year !== undefined) {
    query = query.where('year', '=', filter.year);
  }
  return (await query.execute()).map((row) => fromRow(frameEntity, row as Row));
}

export async function findFrame(db: Kysely<Database>, id: string): Promise<Frame | null> {
  const row = await db.selectFrom('investment_frame').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(frameEntity, row as Row) : null;
}

/** Frame changes by unit and year, optionally those touching one year (to it or, rebudgeted, from it). */
export async function listFrameChanges(
  db: Kysely<Database>,
  filter: UnitFilter & { readonly year?: number } = {},
): Promise<FrameChange[]> {
  let query = db
    .selectFrom('investment_frame_change')
    .selectAll()
    .orderBy('org_unit_id')
    .orderBy('year')
    .orderBy('created_at')
    .orderBy('id');
  if (matchesNothing(filter)) {
    return [];
  }
  query = query.where(ofUnitsAndIds(filter));
  const { year } = filter;
  if (year !== undefined) {
    query = query.where((eb) => eb.or([eb('year', '=', year), eb('from_year', '=', year)]));
  }
  return (await query.execute()).map((row) => fromRow(frameChangeEntity, row as Row));
}

export async function findFrameChange(db: Kysely<Database>, id: string): Promise<FrameChange | null> {
  const row = await db
    .selectFrom('investment_frame_change')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromRow(frameChangeEntity, row as Row) : null;
}
