/** The reporting module's UI surface: the page Rapportering, and the panel on a unit's page. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { REPORT_PATH, ReportPage } from './report-page.tsx';
import { REPORTING_PATH, ReportingPage } from './reporting-page.tsx';

export { reportPath } from './report-page.tsx';
export { ReportingPanel } from './reporting-panel.tsx';

export const reportingUi: UiModule = {
  name: 'reporting',
  routes: [
    { path: REPORTING_PATH, Component: ReportingPage },
    { path: REPORT_PATH, Component: ReportPage },
  ],
  // Every signed-in user may look: reads are open (ADR 0019).
  navigation: [{ path: REPORTING_PATH, label: 'Rapportering' }],
};
