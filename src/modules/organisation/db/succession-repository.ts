/** Reading successions (reorganisations). Writes go through the platform's write path. */
import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { orgUnitSuccessionEntity } from '../model.ts';

export type OrgUnitSuccession = EntityDto<typeof orgUnitSuccessionEntity>;

const toSuccession = (row: object) => fromRow(orgUnitSuccessionEntity, row as Record<string, unknown>);

export async function findSuccession(db: Kysely<Database>, id: string): Promise<OrgUnitSuccession | null> {
  const row = await db.selectFrom('org_unit_succession').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSuccession(row) : null;
}

/**
 * Every succession, or those where a unit is predecessor or successor; oldest reorganisation first. A
 * municipality records a handful a year, so lineages are computed from the whole list.
 */
export async function listSuccessions(db: Kysely<Database>, unitId?: string): Promise<OrgUnitSuccession[]> {
  let query = db.selectFrom('org_unit_succession').selectAll().orderBy('effective_from').orderBy('id');
  if (unitId !== undefined) {
    query = query.where((eb) => eb.or([eb('predecessor_id', '=', unitId), eb('successor_id', '=', unitId)]));
  }
  return (await query.execute()).map(toSuccession);
}
