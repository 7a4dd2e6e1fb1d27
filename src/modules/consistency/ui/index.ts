/**
 * The consistency module's UI surface: the page Kontroller, a link to it for a unit's page, and the findings
 * beside their record on other modules' pages (through the kit's FindingsBeside, which the shell fills).
 */
import type { UiModule } from '#web/kit/ui-module.ts';
import { ConsistencyPage } from './consistency-page.tsx';
import { PlaceFindings } from './place-findings.tsx';

export { FindingsLink } from './consistency-page.tsx';
export { PlaceFindings } from './place-findings.tsx';

export const consistencyUi: UiModule = {
  name: 'consistency',
  routes: [{ path: '/kontroller', Component: ConsistencyPage }],
  navigation: [{ path: '/kontroller', label: 'Kontroller' }],
  placeFindings: PlaceFindings,
};
