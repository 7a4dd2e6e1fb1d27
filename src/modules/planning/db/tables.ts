import type { TableOf } from '#platform/db/entity-store.ts';
import type { reportingRoundEntity } from '../model.ts';

export interface PlanningTables {
  reporting_round: TableOf<typeof reportingRoundEntity>;
}
