/**
 * The assignments module's UI surface: the page Uppdrag, a link to it for a unit's page, and the unit's
 * assignments with their status in a round on the one-screen report.
 */
import type { UiModule } from '#web/kit/ui-module.ts';
import { AssignmentsPage } from './assignments-page.tsx';
import { AssignmentsReportSection } from './report-section.tsx';

export { AssignmentsLink } from './assignments-page.tsx';

export const assignmentsUi: UiModule = {
  name: 'assignments',
  routes: [{ path: '/uppdrag', Component: AssignmentsPage }],
  navigation: [{ path: '/uppdrag', label: 'Uppdrag' }],
  reportSections: [{ name: 'assignments', Component: AssignmentsReportSection }],
};
