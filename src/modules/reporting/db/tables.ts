import type { TableOf } from '#platform/db/entity-store.ts';
import type { roundPartEntity } from '../model.ts';

export interface ReportingTables {
  round_part: TableOf<typeof roundPartEntity>;
}
