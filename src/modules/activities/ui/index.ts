/**
 * The activities module's UI surface: the page Verksamhetsplan, a link to it for a unit's page, and the
 * activities due in a round on the one-screen report.
 */
import type { UiModule } from '#web/kit/ui-module.ts';
import { ACTIVITIES_PATH, ActivitiesPage } from './activities-page.tsx';
import { ActivitiesReportSection } from './report-section.tsx';

export { ActivitiesLink, activitiesPath } from './activities-page.tsx';

export const activitiesUi: UiModule = {
  name: 'activities',
  routes: [{ path: ACTIVITIES_PATH, Component: ActivitiesPage }],
  navigation: [{ path: ACTIVITIES_PATH, label: 'Verksamhetsplan' }],
  reportSections: [{ name: 'activities', Component: ActivitiesReportSection }],
};
