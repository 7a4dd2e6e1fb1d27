/** The economy module's UI surface: the Ekonomi page. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { EconomyPage } from './economy-page.tsx';

export const economyUi: UiModule = {
  name: 'economy',
  routes: [{ path: '/ekonomi', Component: EconomyPage }],
  navigation: [{ path: '/ekonomi', label: 'Ekonomi' }],
};
