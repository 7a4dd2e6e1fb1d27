import type { Generated } from 'kysely';
import type { OrgUnitKind } from '../domain/org-unit.ts';

export interface OrgUnitTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parent_id: string | null;
  /** ISO date; inclusive. */
  valid_from: string;
  /** ISO date; inclusive; null = open. */
  valid_to: string | null;
  sort_order: Generated<number>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrganisationTables {
  org_unit: OrgUnitTable;
}
