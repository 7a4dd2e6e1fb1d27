/** Reading measures and their values. Writes go through the platform's write path. */

import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { measureEntity, valueEntity } from '../model.ts';

export type Measure = EntityDto<typeof measureEntity>;
export type MeasureValue = EntityDto<typeof valueEntity>;

type Row = Record<string, unknown>;
const toMeasure = (row: object) => fromRow(measureEntity, row as Row);
const toValue = (row: object) => fromRow(valueEntity, row as Row);

export interface MeasureFilter {
  readonly orgUnitIds?: readonly string[];
  readonly ids?: readonly string[];
  /** Measures measured in some year of the range. */
  readonly years?: { readonly from: number; readonly to: number };
  readonly includeRetired?: boolean;
}

/** Measures in the units' order: by unit, kind, sort order and name. */
export async function listMeasures(db: Kysely<Database>, filter: MeasureFilter = {}): Promise<Measure[]> {
  let query = db
    .selectFrom('volume_measure')
    .selectAll()
    .orderBy('org_unit_id')
    .orderBy('kind', 'desc')
    .orderBy('sort_order')
    .orderBy('name');
  if (filter.orgUnitIds !== undefined) {
    if (filter.orgUnitIds.length === 0) {
      return [];
    }
    query = query.where('org_unit_id', '=', anyUuid(filter.orgUnitIds));
  }
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) {
      return [];
    }
    query = query.where('id', '=', anyUuid(filter.ids));
  }
  if (filter.years !== undefined) {
    const { from, to } = filter.years;
    query = query
      .where('valid_from_year', '<=', to)
      .where((eb) => eb.or([eb('valid_to_year', 'is', null), eb('valid_to_year', '>=', from)]));
  }
  if (!filter.includeRetired) {
    query = query.where('retired_at', 'is', null);
  }
  return (await query.execute()).map(toMeasure);
}

export async function findMeasure(db: Kysely<Database>, id: string): Promise<Measure | null> {
  const row = await db.selectFrom('volume_measure').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMeasure(row) : null;
}

export async function findValue(db: Kysely<Database>, id: string): Promise<MeasureValue | null> {
  const row = await db.selectFrom('volume_value').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toValue(row) : null;
}

/** The measures' values, optionally of some years, by year, kind and period. */
export async function listValues(
  db: Kysely<Database>,
  measureIds: readonly string[],
  years?: { readonly from: number; readonly to: number },
): Promise<MeasureValue[]> {
  if (measureIds.length === 0) {
    return [];
  }
  let query = db
    .selectFrom('volume_value')
    .selectAll()
    .where('measure_id', '=', anyUuid(measureIds))
    .orderBy('year')
    .orderBy('kind')
    .orderBy('period');
  if (years !== undefined) {
    query = query.where('year', '>=', years.from).where('year', '<=', years.to);
  }
  return (await query.execute()).map(toValue);
}
