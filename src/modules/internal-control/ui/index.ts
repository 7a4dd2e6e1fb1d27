/**
 * The internal-control module's UI surface: the page Internkontroll (a unit's risk analyses, risk matrix,
 * control plan and results), its follow-up of a subtree, the municipality's settings (scales and result
 * levels), and a link to it for a unit's page.
 */
import type { UiModule } from '#web/kit/ui-module.ts';
import { FollowUpPage } from './follow-up-page.tsx';
import { InternalControlPage } from './internal-control-page.tsx';
import { SettingsPage } from './settings-page.tsx';

export { InternalControlLink } from './internal-control-page.tsx';

export const internalControlUi: UiModule = {
  name: 'internal-control',
  routes: [
    { path: '/internkontroll', Component: InternalControlPage },
    { path: '/internkontroll/uppfoljning', Component: FollowUpPage },
    { path: '/internkontroll/installningar', Component: SettingsPage },
  ],
  navigation: [{ path: '/internkontroll', label: 'Internkontroll' }],
};
