/** The data-package module's UI surface: the page for exporting and importing data packages. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { DataPackagePage } from './data-package-page.tsx';

export const dataPackageUi: UiModule = {
  name: 'data-package',
  routes: [{ path: '/datapaket', Component: DataPackagePage }],
  navigation: [{ path: '/datapaket', label: 'Datapaket' }],
};
