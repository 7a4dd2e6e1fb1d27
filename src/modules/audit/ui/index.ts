/** The audit module's UI surface: the page Ändringslogg, linked in the header for those who audit. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { AuditPage } from './audit-page.tsx';

export const auditUi: UiModule = {
  name: 'audit',
  routes: [{ path: '/andringslogg', Component: AuditPage }],
  navigation: [{ path: '/andringslogg', label: 'Ändringslogg', capability: 'audit' }],
};
