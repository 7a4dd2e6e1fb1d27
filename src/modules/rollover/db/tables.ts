import type { TableOf } from '#platform/db/entity-store.ts';
import type { yearRolloverEntity } from '../model.ts';

export interface RolloverTables {
  year_rollover: TableOf<typeof yearRolloverEntity>;
}
