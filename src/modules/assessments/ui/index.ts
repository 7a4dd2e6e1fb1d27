/** The assessments module's UI surface. */
export { AssessmentPage } from './assessment-page.tsx';
export { GoalVerdict } from './goal-verdict.tsx';
export { useUnitAssessments } from './use-unit-assessments.ts';
export { VerdictBadge } from './verdict-badge.tsx';
