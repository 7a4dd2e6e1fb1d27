/**
 * The modules of Verksam in dependency order: the only wiring point. The platform's own tables (the change
 * log, idempotency keys) come first.
 */
import { changeLogAsJsonMigration, changeLogMigration } from '#platform/audit/change-log.ts';
import { revisionMigration } from '#platform/cache.ts';
import type { Policy } from '#platform/context.ts';
import type { MigrationDefinition } from '#platform/db/migrations.ts';
import type { ConstraintError } from '#platform/db/sql-errors.ts';
import { filesMigration, uncompressedChunksMigration } from '#platform/files.ts';
import type { HousekeepingTask } from '#platform/housekeeping.ts';
import { idempotencyHousekeeping, idempotencyMigration } from '#platform/http/idempotency.ts';
import { jobsMigration } from '#platform/jobs.ts';
import { accessModule, createPolicy } from './access/module.ts';
import { activitiesModule } from './activities/module.ts';
import { assessmentsModule } from './assessments/module.ts';
import { assignmentsModule } from './assignments/module.ts';
import { auditModule } from './audit/module.ts';
import { consistencyModule } from './consistency/module.ts';
import { dataPackageModule } from './data-package/module.ts';
import { documentsModule, provideDocumentSections, provideDraftFindings } from './documents/module.ts';
import { economyModule } from './economy/module.ts';
import { goalsModule, provideIndicatorComputations } from './goals/module.ts';
import { internalControlModule } from './internal-control/module.ts';
import { investmentsModule } from './investments/module.ts';
import { jobsModule } from './jobs/module.ts';
import type { ModuleDefinition, ModuleJobHandler, YearRolloverStep } from './module-definition.ts';
import type { TableRule } from './module-policy.ts';
import { narrativesModule } from './narratives/module.ts';
import { notificationsModule } from './notifications/module.ts';
import { organisationModule } from './organisation/module.ts';
import type { AnySection } from './package-section.ts';
import { planningModule } from './planning/module.ts';
import { provideApprovalChecks, reportingModule } from './reporting/module.ts';
import { rolloverModule } from './rollover/module.ts';
import { volumesModule } from './volumes/module.ts';

export const MODULES: readonly ModuleDefinition[] = [
  jobsModule,
  organisationModule,
  accessModule,
  notificationsModule,
  auditModule(() => allTableRules()),
  planningModule,
  goalsModule,
  assessmentsModule,
  reportingModule,
  activitiesModule,
  economyModule,
  volumesModule,
  investmentsModule,
  assignmentsModule,
  // Before internal control, which shows the approval of its plan's document versions.
  documentsModule,
  internalControlModule,
  // Before consistency, which reads the texts.
  narrativesModule,
  consistencyModule,
  rolloverModule(() => allRolloverSteps()),
  dataPackageModule(() => packageSections()),
];

// The goal tables compute these indicators from the modules that own the data (goals cannot import them).
provideIndicatorComputations(MODULES.flatMap((module) => module.indicatorComputations ?? []));
// Reporting asks these before approving a unit's part (it cannot import the modules after it).
provideApprovalChecks(MODULES.flatMap((module) => module.approvalChecks ?? []));
// Documents are laid out from the sections the modules that own the data generate.
provideDocumentSections(MODULES.flatMap((module) => module.documentSections ?? []));
// A draft shows the findings of the consistency checks (documents come before consistency).
provideDraftFindings(MODULES.flatMap((module) => (module.draftFindings ? [module.draftFindings] : [])));

/** Every module's lists in the data package, in module order. */
export function packageSections(): AnySection[] {
  return MODULES.flatMap((module) => module.packageSections ?? []);
}

export function allMigrations(): MigrationDefinition[] {
  return [
    changeLogMigration,
    changeLogAsJsonMigration,
    idempotencyMigration,
    revisionMigration,
    filesMigration,
    uncompressedChunksMigration,
    jobsMigration,
    ...MODULES.flatMap((module) => module.migrations),
  ].sort((a, b) => a.name.localeCompare(b.name));
}

/** Every module's kinds of job, by kind. */
export function allJobHandlers(): Record<string, ModuleJobHandler> {
  return Object.assign({}, ...MODULES.map((module) => module.jobHandlers ?? {}));
}

/** What the server clears away every hour: the platform's own tasks and every module's. */
export function allHousekeeping(): HousekeepingTask[] {
  return [idempotencyHousekeeping, ...MODULES.flatMap((module) => module.housekeeping ?? [])];
}

/** Every module's part of starting the next year, in module order (docs/adr/0024-year-rollover-and-successions.md). */
export function allRolloverSteps(): YearRolloverStep[] {
  return MODULES.flatMap((module) => (module.yearRollover ? [module.yearRollover] : []));
}

/** The installation's policy: every module's rules (docs/adr/0019-sign-in-and-permissions.md). */
export function installationPolicy(): Policy {
  return createPolicy(MODULES.flatMap((module) => (module.policy ? [module.policy] : [])));
}

/** Every module's rules for its tables, by table: who may write a record and where it belongs (its unit). */
export function allTableRules(): Readonly<Record<string, TableRule>> {
  return Object.assign({}, ...MODULES.map((module) => module.policy?.tables ?? {}));
}

/** Every module's constraint messages, by constraint name. */
export function allConstraintErrors(): Record<string, ConstraintError> {
  return Object.assign({}, ...MODULES.map((module) => module.constraintErrors ?? {}));
}
