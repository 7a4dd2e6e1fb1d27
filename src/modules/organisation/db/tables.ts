import type { TableOf } from '#platform/db/entity-store.ts';
import type { orgUnitEntity, orgUnitSuccessionEntity } from '../model.ts';

export interface OrganisationTables {
  org_unit: TableOf<typeof orgUnitEntity>;
  org_unit_succession: TableOf<typeof orgUnitSuccessionEntity>;
}
