/**
 * What the narratives module adds to Verksam: the texts of a unit's documents – per unit, year and round,
 * the sections the template asks people to write – in rich text, with a responsible person, the round's
 * locks and history, and in the generated documents in place of "Text saknas: …"
 * (docs/adr/0028-narrative-texts.md).
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { narrativesMigrations } from './db/migrations.ts';
import { narrativeTextSection } from './document-sections.ts';
import { narrativesErrors } from './messages.sv.ts';
import { narrativesRoutes } from './narrative-routes.ts';
import { narrativesSection } from './package.ts';
import { narrativesPolicy } from './policy.ts';

export const narrativesModule: ModuleDefinition = {
  name: 'narratives',
  dependsOn: ['organisation', 'planning', 'access', 'reporting', 'documents'],
  migrations: narrativesMigrations,
  policy: narrativesPolicy,
  routes: narrativesRoutes,
  constraintErrors: {
    // Two people saving the first text under a key at once: the second is told to reload.
    narrative_text_unit_round_key: () => narrativesErrors.version_required(),
  },
  packageSections: [narrativesSection],
  documentSections: [narrativeTextSection],
};
