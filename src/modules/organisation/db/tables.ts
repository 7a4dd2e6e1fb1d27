import type { TableOf } from '#platform/db/entity-store.ts';
import type { orgUnitEntity } from '../model.ts';

export interface OrganisationTables {
  org_unit: TableOf<typeof orgUnitEntity>;
}
