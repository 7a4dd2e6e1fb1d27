/** The goals module's UI surface, for the app shell and other modules' pages. */

export { GoalCreatePage } from './goal-create-page.tsx';
export { GoalOrder } from './goal-order.tsx';
export { GoalPage } from './goal-page.tsx';
export { GoalSheetView } from './goal-sheet-view.tsx';
export { IndicatorPage } from './indicator-page.tsx';
export { StatusBadge } from './status-badge.tsx';
export { useGoalSheet } from './use-goal-sheet.ts';
