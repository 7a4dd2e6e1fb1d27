/** The consistency module's UI surface: the page Kontroller, and a link to it for a unit's page. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { ConsistencyPage } from './consistency-page.tsx';

export { FindingsLink } from './consistency-page.tsx';

export const consistencyUi: UiModule = {
  name: 'consistency',
  routes: [{ path: '/kontroller', Component: ConsistencyPage }],
  navigation: [{ path: '/kontroller', label: 'Kontroller' }],
};
