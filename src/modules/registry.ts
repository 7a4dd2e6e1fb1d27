/**
 * The modules of Verksam in dependency order: the only wiring point. The platform's own tables (the change
 * log, idempotency keys) come first.
 */
import { changeLogMigration } from '#platform/audit/change-log.ts';
import type { MigrationDefinition } from '#platform/db/migrations.ts';
import type { ConstraintError } from '#platform/db/sql-errors.ts';
import { idempotencyMigration } from '#platform/http/idempotency.ts';
import { accessModule } from './access/module.ts';
import { assessmentsModule } from './assessments/module.ts';
import { dataPackageModule } from './data-package/module.ts';
import { goalsModule } from './goals/module.ts';
import type { ModuleDefinition } from './module-definition.ts';
import { organisationModule } from './organisation/module.ts';
import type { AnySection } from './package-section.ts';
import { planningModule } from './planning/module.ts';

export const MODULES: readonly ModuleDefinition[] = [
  accessModule,
  organisationModule,
  planningModule,
  goalsModule,
  assessmentsModule,
  dataPackageModule(() => packageSections()),
];

/** Every module's lists in the data package, in module order. */
export function packageSections(): AnySection[] {
  return MODULES.flatMap((module) => module.packageSections ?? []);
}

export function allMigrations(): MigrationDefinition[] {
  return [changeLogMigration, idempotencyMigration, ...MODULES.flatMap((module) => module.migrations)].sort(
    (a, b) => a.name.localeCompare(b.name),
  );
}

/** Every module's constraint messages, by constraint name. */
export function allConstraintErrors(): Record<string, ConstraintError> {
  return Object.assign({}, ...MODULES.map((module) => module.constraintErrors ?? {}));
}
