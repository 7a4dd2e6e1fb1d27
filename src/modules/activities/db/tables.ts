import type { TableOf } from '#platform/db/entity-store.ts';
import type { activityEntity, activityStatusEntity } from '../model.ts';

export interface ActivitiesTables {
  activity: TableOf<typeof activityEntity>;
  activity_status: TableOf<typeof activityStatusEntity>;
}
