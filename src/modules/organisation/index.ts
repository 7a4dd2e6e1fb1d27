/** The public server surface of the organisation module, for other modules' services. */

export type { OrgUnitDto } from './contract.ts';
export { findOrgUnit, listOrgUnits, type OrgUnit } from './db/org-unit-repository.ts';
export { isValidInYear, type OrgUnitKind } from './domain/org-unit.ts';
export { organisationErrors } from './messages.sv.ts';
export { findMunicipality, getOrgUnit, listOrganisation } from './org-unit-service.ts';
