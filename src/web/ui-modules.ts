/**
 * The modules' UIs the web shell is built from, in one place: the router takes their pages from here. A new
 * module's pages are one line in this list (and its ui/index.ts exporting a UiModule).
 */
import { accessUi } from '#modules/access/ui/index.ts';
import { activitiesUi } from '#modules/activities/ui/index.ts';
import { assessmentsUi } from '#modules/assessments/ui/index.ts';
import { assignmentsUi } from '#modules/assignments/ui/index.ts';
import { auditUi } from '#modules/audit/ui/index.ts';
import { consistencyUi } from '#modules/consistency/ui/index.ts';
import { dataPackageUi } from '#modules/data-package/ui/index.ts';
import { documentsUi } from '#modules/documents/ui/index.ts';
import { economyUi } from '#modules/economy/ui/index.ts';
import { goalsUi } from '#modules/goals/ui/index.ts';
import { internalControlUi } from '#modules/internal-control/ui/index.ts';
import { investmentsUi } from '#modules/investments/ui/index.ts';
import { jobsUi } from '#modules/jobs/ui/index.ts';
import { narrativesUi } from '#modules/narratives/ui/index.ts';
import { notificationsUi } from '#modules/notifications/ui/index.ts';
import { organisationUi } from '#modules/organisation/ui/index.ts';
import { planningUi } from '#modules/planning/ui/index.ts';
import { reportingUi } from '#modules/reporting/ui/index.ts';
import { rolloverUi } from '#modules/rollover/ui/index.ts';
import { volumesUi } from '#modules/volumes/ui/index.ts';
import type { UiModule } from './kit/ui-module.ts';

export const UI_MODULES: readonly UiModule[] = [
  jobsUi,
  organisationUi,
  planningUi,
  goalsUi,
  assessmentsUi,
  economyUi,
  volumesUi,
  investmentsUi,
  assignmentsUi,
  activitiesUi,
  internalControlUi,
  reportingUi,
  consistencyUi,
  documentsUi,
  narrativesUi,
  rolloverUi,
  dataPackageUi,
  accessUi,
  auditUi,
  notificationsUi,
];
