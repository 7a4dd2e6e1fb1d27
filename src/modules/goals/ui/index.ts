/** The goals module's UI surface: its pages for the web shell, and parts for the shell and other modules. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { GoalCreatePage } from './goal-create-page.tsx';
import { GoalPage } from './goal-page.tsx';
import { IndicatorPage } from './indicator-page.tsx';

export { GoalOrder } from './goal-order.tsx';
export { GoalSheetView } from './goal-sheet-view.tsx';
export { useGoalSheet } from './use-goal-sheet.ts';

export const goalsUi: UiModule = {
  name: 'goals',
  routes: [
    { path: '/mal/nytt', Component: GoalCreatePage },
    { path: '/mal/:goalId', Component: GoalPage },
    { path: '/indikatorer/:indicatorId', Component: IndicatorPage },
  ],
};
