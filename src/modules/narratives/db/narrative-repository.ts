/** Reading narrative texts. Writes go through the platform's write path. */
import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { narrativeEntity } from '../model.ts';

export type NarrativeText = EntityDto<typeof narrativeEntity>;

const toNarrative = (row: object) => fromRow(narrativeEntity, row as Record<string, unknown>);

export interface NarrativeFilter {
  readonly orgUnitIds?: readonly string[];
  readonly roundIds?: readonly string[];
  readonly ids?: readonly string[];
  readonly key?: string;
}

export async function listNarratives(
  db: Kysely<Database>,
  filter: NarrativeFilter,
): Promise<NarrativeText[]> {
  let query = db.selectFrom('narrative_text').selectAll();
  for (const [column, values] of [
    ['org_unit_id', filter.orgUnitIds],
    ['reporting_round_id', filter.roundIds],
    ['id', filter.ids],
  ] as const) {
    if (values !== undefined) {
      if (values.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(values));
    }
  }
  if (filter.key !== undefined) {
    query = query.where('key', '=', filter.key);
  }
  const rows = await query.orderBy('org_unit_id').orderBy('reporting_round_id').orderBy('key').execute();
  return rows.map(toNarrative);
}

export async function findNarrative(
  db: Kysely<Database>,
  orgUnitId: string,
  roundId: string,
  key: string,
): Promise<NarrativeText | null> {
  const [found] = await listNarratives(db, { orgUnitIds: [orgUnitId], roundIds: [roundId], key });
  return found ?? null;
}
