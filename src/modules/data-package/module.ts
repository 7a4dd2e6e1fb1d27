/**
 * What the data-package module adds to Verksam: export and import of JSON data packages. It owns no records:
 * the sections – one per list – come from the other modules' manifests, through the registry.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import type { AnySection } from '../package-section.ts';
import { IMPORT_JOB, importJobHandler } from './import-job.ts';
import { dataPackageRoutes } from './package-routes.ts';
import { dataPackagePolicy } from './policy.ts';

export function dataPackageModule(sections: () => readonly AnySection[]): ModuleDefinition {
  return {
    name: 'data-package',
    dependsOn: [
      'organisation',
      'planning',
      'goals',
      'assessments',
      'reporting',
      'economy',
      'access',
      'jobs',
      'volumes',
      'investments',
      'assignments',
      'documents',
      'activities',
      'internal-control',
      'consistency',
      'narratives',
    ],
    migrations: [],
    policy: dataPackagePolicy,
    routes: dataPackageRoutes(sections),
    jobHandlers: { [IMPORT_JOB]: importJobHandler(sections) },
  };
}
