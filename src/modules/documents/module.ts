/**
 * What the documents module adds to Verksam: a unit's förvaltningsbudget, delårsrapport and
 * verksamhetsberättelse generated from the data by templates, as HTML and PDF (docs/adr/0027-documents.md),
 * at once or as a job with progress,
 * and their versions – draft, review, approved and frozen, decided, published – with the database refusing
 * any change to a frozen one. The sections come from the modules that own the data (`documentSections` in
 * their manifests).
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { documentsMigrations } from './db/migrations.ts';
import { documentsRoutes } from './document-routes.ts';
import { documentsErrors } from './messages.sv.ts';
import { templatesSection } from './package.ts';
import { documentsPolicy } from './policy.ts';
import { DOCUMENT_RENDER_JOB, removeExpiredRenderFiles, renderJobHandler } from './render-job.ts';

export { provideDraftFindings } from './draft-findings.ts';
export { provideDocumentSections } from './section-generators.ts';

export const documentsModule: ModuleDefinition = {
  name: 'documents',
  dependsOn: ['organisation', 'planning', 'access', 'jobs'],
  migrations: documentsMigrations,
  policy: documentsPolicy,
  routes: documentsRoutes,
  packageSections: [templatesSection],
  // Long renders (a municipality-wide compilation, a PDF) as jobs with progress.
  jobHandlers: { [DOCUMENT_RENDER_JOB]: renderJobHandler },
  housekeeping: [{ name: 'rendered files', run: removeExpiredRenderFiles }],
  constraintErrors: {
    document_version_frozen: () => documentsErrors.frozen_in_database(),
    document_version_number_key: () => documentsErrors.number_taken(),
    document_template_saved: () => documentsErrors.template_saved_in_database(),
    document_template_number_key: () => documentsErrors.template_number_taken(),
  },
};
