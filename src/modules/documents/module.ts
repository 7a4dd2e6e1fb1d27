/**
 * What the documents module adds to Verksam: a unit's förvaltningsbudget, delårsrapport and
 * verksamhetsberättelse generated from the data by templates, as HTML and PDF (docs/adr/0027-documents.md).
 * The sections come from the modules that own the data (`documentSections` in their manifests).
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { documentsRoutes } from './document-routes.ts';

export { provideDocumentSections } from './section-generators.ts';

export const documentsModule: ModuleDefinition = {
  name: 'documents',
  dependsOn: ['organisation', 'planning'],
  migrations: [],
  routes: documentsRoutes,
};
