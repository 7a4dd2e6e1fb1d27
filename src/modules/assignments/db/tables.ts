import type { TableOf } from '#platform/db/entity-store.ts';
import type { assignmentEntity, recipientEntity, statusEntity } from '../model.ts';

export interface AssignmentsTables {
  strategic_assignment: TableOf<typeof assignmentEntity>;
  assignment_recipient: TableOf<typeof recipientEntity>;
  assignment_status: TableOf<typeof statusEntity>;
}
