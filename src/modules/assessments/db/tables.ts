import type { TableOf } from '#platform/db/entity-store.ts';
import type { assessmentEntity } from '../model.ts';

export interface AssessmentsTables {
  assessment: TableOf<typeof assessmentEntity>;
}
