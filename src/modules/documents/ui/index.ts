/** The documents module's UI surface: the page Dokument, where a unit's documents are generated. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { DocumentsPage } from './documents-page.tsx';

export const documentsUi: UiModule = {
  name: 'documents',
  routes: [{ path: '/dokument', Component: DocumentsPage }],
  navigation: [{ path: '/dokument', label: 'Dokument' }],
};
