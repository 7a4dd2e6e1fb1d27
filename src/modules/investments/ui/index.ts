/** The investments module's UI surface: the page Investeringar. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { InvestmentsPage } from './investments-page.tsx';

export const investmentsUi: UiModule = {
  name: 'investments',
  routes: [{ path: '/investeringar', Component: InvestmentsPage }],
  navigation: [{ path: '/investeringar', label: 'Investeringar' }],
};
