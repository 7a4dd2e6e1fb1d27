/** The documents module's UI surface: the page Dokument, where a unit's documents are generated, and Dokumentmallar. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { DocumentsPage } from './documents-page.tsx';
import { TemplatesPage } from './templates-page.tsx';

export const documentsUi: UiModule = {
  name: 'documents',
  routes: [
    { path: '/dokument', Component: DocumentsPage },
    { path: '/dokument/mallar', Component: TemplatesPage },
  ],
  navigation: [
    { path: '/dokument', label: 'Dokument' },
    { path: '/dokument/mallar', label: 'Dokumentmallar' },
  ],
};
