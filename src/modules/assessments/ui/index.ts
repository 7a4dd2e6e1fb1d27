/** The assessments module's UI surface: its page for the web shell, and parts for the shell's unit page. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { AssessmentPage } from './assessment-page.tsx';

export { GoalVerdict } from './goal-verdict.tsx';
export { useUnitAssessments } from './use-unit-assessments.ts';
export { VerdictBadge } from './verdict-badge.tsx';

export const assessmentsUi: UiModule = {
  name: 'assessments',
  routes: [{ path: '/bedomning/:goalId/:roundId', Component: AssessmentPage }],
};
