/**
 * The modules of Verksam in dependency order: the only wiring point. The platform's own tables (the change
 * log) come first.
 */
import { changeLogMigration } from '#platform/audit/change-log.ts';
import type { MigrationDefinition } from '#platform/db/migrations.ts';
import { accessMigrations } from './access/db/migrations.ts';
import { assessmentsModule } from './assessments/module.ts';
import { dataPackageModule } from './data-package/module.ts';
import { goalsModule } from './goals/module.ts';
import type { ModuleDefinition } from './module-definition.ts';
import { organisationModule } from './organisation/module.ts';
import { planningModule } from './planning/module.ts';

const accessModule: ModuleDefinition = { name: 'access', dependsOn: [], migrations: accessMigrations };

export const MODULES: readonly ModuleDefinition[] = [
  accessModule,
  organisationModule,
  planningModule,
  goalsModule,
  assessmentsModule,
  dataPackageModule,
];

export function allMigrations(): MigrationDefinition[] {
  return [changeLogMigration, ...MODULES.flatMap((module) => module.migrations)].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}
