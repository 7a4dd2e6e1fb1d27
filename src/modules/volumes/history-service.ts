/**
 * A record's history as the volumes page shows it: a measure together with its values, values removed since
 * included, oldest first, from the change log the one write path keeps.
 */
import type { PartsOf } from '#platform/audit/change-log.ts';
import type { HistoryKind } from './contract.ts';
import { measureEntity, valueEntity } from './model.ts';

export const HISTORIES: Readonly<Record<HistoryKind, { entityType: string; parts: readonly PartsOf[] }>> = {
  measures: {
    entityType: measureEntity.table,
    parts: [{ entityType: valueEntity.table, field: 'measureId' }],
  },
};
