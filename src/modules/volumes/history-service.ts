/**
 * A record's history as the volumes page shows it: a measure together with its values, values removed since
 * included, oldest first, from the change log the one write path keeps.
 */
import { type ChangeLogEntry, listChangesWithParts, type PartsOf } from '#platform/audit/change-log.ts';
import type { Ctx } from '../context.ts';
import type { HistoryKind } from './contract.ts';
import { measureEntity, valueEntity } from './model.ts';

const HISTORIES: Readonly<Record<HistoryKind, { entityType: string; parts: readonly PartsOf[] }>> = {
  measures: {
    entityType: measureEntity.table,
    parts: [{ entityType: valueEntity.table, field: 'measureId' }],
  },
};

/** The history of one record of the kind; an unknown id has none. */
export async function recordHistory(
  ctx: Pick<Ctx, 'db'>,
  kind: HistoryKind,
  id: string,
): Promise<ChangeLogEntry[]> {
  const { entityType, parts } = HISTORIES[kind];
  return listChangesWithParts(ctx.db, entityType, id, parts);
}
