/**
 * What the volumes module adds to Verksam: volume measures (basuppdrag) and personnel figures per unit,
 * with their values per year, and the tables the documents print of them.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { volumesMigrations } from './db/migrations.ts';
import { volumeTableSection } from './document-sections.ts';
import { measureOutcome } from './indicator-computations.ts';
import { volumesErrors } from './messages.sv.ts';
import { measuresSection, valuesSection } from './package.ts';
import { volumesPolicy } from './policy.ts';
import { volumesRoutes } from './volume-routes.ts';

export const volumesModule: ModuleDefinition = {
  name: 'volumes',
  dependsOn: ['organisation', 'planning', 'goals'],
  migrations: volumesMigrations,
  policy: volumesPolicy,
  routes: volumesRoutes,
  constraintErrors: {
    volume_value_key: (key) => volumesErrors.value_exists(key.kind ?? '', key.year ?? '', key.period ?? ''),
  },
  packageSections: [measuresSection, valuesSection],
  indicatorComputations: [measureOutcome],
  documentSections: [volumeTableSection],
};
