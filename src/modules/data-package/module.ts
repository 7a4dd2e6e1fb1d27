/** What the data-package module adds to Verksam: export and import of JSON data packages. */
import type { ModuleDefinition } from '../module-definition.ts';

export const dataPackageModule: ModuleDefinition = { name: 'data-package', migrations: [] };
