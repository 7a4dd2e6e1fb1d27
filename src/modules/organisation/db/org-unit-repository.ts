/** Org units in SQL: plain functions taking the database or transaction first; no rules here. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../database.ts';
import type { OrgUnitDto } from '../contract.ts';
import type { OrgUnitTable } from './tables.ts';

type Row = Selectable<OrgUnitTable>;

export function toOrgUnitDto(row: Row): OrgUnitDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    sortOrder: row.sort_order,
    version: row.version,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a unit by id or by its short code (case-insensitive). */
export async function findOrgUnit(db: Kysely<Database>, ref: string): Promise<OrgUnitDto | null> {
  const query = db.selectFrom('org_unit').selectAll();
  const row = UUID.test(ref)
    ? await query.where('id', '=', ref).executeTakeFirst()
    : await query.where('code', '=', ref.trim().toUpperCase()).executeTakeFirst();
  return row ? toOrgUnitDto(row) : null;
}

export async function listOrgUnits(db: Kysely<Database>, year?: number): Promise<OrgUnitDto[]> {
  let query = db.selectFrom('org_unit').selectAll();
  if (year !== undefined) {
    query = query
      .where('valid_from', '<=', `${year}-12-31`)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', `${year}-01-01`)]));
  }
  const rows = await query.execute();
  return rows.map(toOrgUnitDto);
}

export async function listChildren(db: Kysely<Database>, parentId: string): Promise<OrgUnitDto[]> {
  const rows = await db.selectFrom('org_unit').selectAll().where('parent_id', '=', parentId).execute();
  return rows.map(toOrgUnitDto);
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

export interface OrgUnitValues {
  code: string;
  name: string;
  kind: OrgUnitDto['kind'];
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  sortOrder: number;
}

export async function insertOrgUnit(db: Kysely<Database>, values: OrgUnitValues & { id?: string }) {
  const row = await db
    .insertInto('org_unit')
    .values({
      ...(values.id ? { id: values.id } : {}),
      code: values.code,
      name: values.name,
      kind: values.kind,
      parent_id: values.parentId,
      valid_from: values.validFrom,
      valid_to: values.validTo,
      sort_order: values.sortOrder,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOrgUnitDto(row);
}

/** Updates when the version matches; returns null when it does not (someone else saved first). */
export async function updateOrgUnitRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: OrgUnitValues,
): Promise<OrgUnitDto | null> {
  const row = await db
    .updateTable('org_unit')
    .set({
      code: values.code,
      name: values.name,
      kind: values.kind,
      parent_id: values.parentId,
      valid_from: values.validFrom,
      valid_to: values.validTo,
      sort_order: values.sortOrder,
      version: version + 1,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row ? toOrgUnitDto(row) : null;
}

export async function nextSortOrder(db: Kysely<Database>, parentId: string | null): Promise<number> {
  const row = await db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('parent_id', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}
