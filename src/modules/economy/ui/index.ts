/** The economy module's UI surface: the Ekonomi and Budget pages. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { BudgetPage } from './budget-page.tsx';
import { EconomyPage } from './economy-page.tsx';

export const economyUi: UiModule = {
  name: 'economy',
  routes: [
    { path: '/ekonomi', Component: EconomyPage },
    { path: '/ekonomi/budget', Component: BudgetPage },
  ],
  navigation: [
    { path: '/ekonomi', label: 'Ekonomi' },
    { path: '/ekonomi/budget', label: 'Budget' },
  ],
};
