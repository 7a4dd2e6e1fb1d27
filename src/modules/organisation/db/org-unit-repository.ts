/** Reading org units: plain functions taking the database (or a transaction) first; no rules here. */
import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { unitRef } from '../domain/org-unit.ts';
import { orgUnitEntity } from '../model.ts';

export type OrgUnit = EntityDto<typeof orgUnitEntity>;

const toOrgUnit = (row: object) => fromRow(orgUnitEntity, row as Record<string, unknown>);

/** Finds a unit by id or by its short code (case-insensitive). */
export async function findOrgUnit(db: Kysely<Database>, ref: string): Promise<OrgUnit | null> {
  const query = db.selectFrom('org_unit').selectAll();
  const named = unitRef(ref);
  const row =
    'id' in named
      ? await query.where('id', '=', named.id).executeTakeFirst()
      : await query.where('code', '=', named.code).executeTakeFirst();
  return row ? toOrgUnit(row) : null;
}

/** Every unit, or those valid some time in `year`. */
export async function listOrgUnits(db: Kysely<Database>, year?: number): Promise<OrgUnit[]> {
  let query = db.selectFrom('org_unit').selectAll();
  if (year !== undefined) {
    query = query
      .where('valid_from', '<=', `${year}-12-31`)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', `${year}-01-01`)]));
  }
  return (await query.execute()).map(toOrgUnit);
}

export async function listChildren(db: Kysely<Database>, parentId: string): Promise<OrgUnit[]> {
  const rows = await db.selectFrom('org_unit').selectAll().where('parent_id', '=', parentId).execute();
  return rows.map(toOrgUnit);
}

/** Ids of the unit and every unit above it, nearest first. */
export async function listAncestorIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const ids: string[] = [];
  let current: string | null = id;
  while (current !== null && !ids.includes(current)) {
    ids.push(current);
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom('org_unit')
      .select('parent_id')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
  }
  return ids;
}
