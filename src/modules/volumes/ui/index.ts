/** The volumes module's UI surface: the page Volymer och personal. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { VolumesPage } from './volumes-page.tsx';

export const volumesUi: UiModule = {
  name: 'volumes',
  routes: [{ path: '/volymer', Component: VolumesPage }],
  navigation: [{ path: '/volymer', label: 'Volymer och personal' }],
};
