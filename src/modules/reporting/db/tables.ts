import type { TableOf } from '#platform/db/entity-store.ts';
import type { roundPartEntity, roundReminderEntity, roundSubsetItemEntity } from '../model.ts';

export interface ReportingTables {
  round_part: TableOf<typeof roundPartEntity>;
  round_reminder: TableOf<typeof roundReminderEntity>;
  round_subset_item: TableOf<typeof roundSubsetItemEntity>;
}
