/** The narratives module's UI surface: the page Texter, where a unit's document texts are written. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { NarrativesPage } from './narratives-page.tsx';

export const narrativesUi: UiModule = {
  name: 'narratives',
  routes: [{ path: '/texter', Component: NarrativesPage }],
  navigation: [{ path: '/texter', label: 'Texter' }],
};
