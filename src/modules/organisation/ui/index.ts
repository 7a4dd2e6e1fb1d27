/** The organisation module's UI surface, for the shell and other modules' pages. */
import type { UiModule } from '#web/kit/ui-module.ts';

export { OrgTree } from './org-tree.tsx';
export { UnitHeader } from './unit-header.tsx';
export { UnitHistory } from './unit-history.tsx';
export { UnitLineage } from './unit-lineage.tsx';
export { shownUnitCode, useOrgUnit, useOrgUnits } from './use-org-units.ts';

export const organisationUi: UiModule = { name: 'organisation', routes: [] };
