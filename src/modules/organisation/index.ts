/** The public server surface of the organisation module, for other modules' services. */

export type { OrgUnitDto, OrgUnitSuccessionDto } from './contract.ts';
export { findOrgUnit, listOrgUnits, type OrgUnit } from './db/org-unit-repository.ts';
export { listSuccessions, type OrgUnitSuccession } from './db/succession-repository.ts';
export { isValidInYear, type OrgUnitKind, subtreeIds } from './domain/org-unit.ts';
export { type LineageStep, lineage, successorsOf } from './domain/succession.ts';
export { organisationErrors } from './messages.sv.ts';
export { findMunicipality, getListedOrgUnit, getOrgUnit, listOrganisation } from './org-unit-service.ts';
