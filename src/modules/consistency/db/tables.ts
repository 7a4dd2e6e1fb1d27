import type { TableOf } from '#platform/db/entity-store.ts';
import type { acknowledgementEntity } from '../model.ts';

export interface ConsistencyTables {
  finding_acknowledgement: TableOf<typeof acknowledgementEntity>;
}
