/**
 * A record's history as the investments page shows it, oldest first, from the change log the one write path
 * keeps: a project together with its amounts (removed ones too), a frame, a frame change.
 */
import type { PartsOf } from '#platform/audit/change-log.ts';
import type { HistoryKind } from './contract.ts';
import { amountEntity, frameChangeEntity, frameEntity, projectEntity } from './model.ts';

export const HISTORIES: Readonly<Record<HistoryKind, { entityType: string; parts: readonly PartsOf[] }>> = {
  projects: {
    entityType: projectEntity.table,
    parts: [{ entityType: amountEntity.table, field: 'projectId' }],
  },
  frames: { entityType: frameEntity.table, parts: [] },
  'frame-changes': { entityType: frameChangeEntity.table, parts: [] },
};
