/** The rollover module's UI surface: the "Nytt år" page, for central users. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { RolloverPage } from './rollover-page.tsx';

export const rolloverUi: UiModule = {
  name: 'rollover',
  routes: [{ path: '/nytt-ar', Component: RolloverPage }],
  navigation: [{ path: '/nytt-ar', label: 'Nytt år', capability: 'govern' }],
};
