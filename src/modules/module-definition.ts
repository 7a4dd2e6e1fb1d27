/**
 * A module's manifest: everything it adds to Verksam, declared in one place – its migrations, routes, the
 * messages of its database constraints, and (later) its data-package sections. The registry lists the
 * manifests in dependency order; removing a feature means deleting its folder and its line there.
 */
import type { MigrationDefinition } from '#platform/db/migrations.ts';
import type { ConstraintError } from '#platform/db/sql-errors.ts';
import type { ApiApp } from '#platform/http/create-app.ts';
import type { HttpPlatform } from '#platform/http/operations.ts';
import type { JobRun } from '#platform/jobs.ts';
import type { Ctx } from './context.ts';
import type { Database } from './database.ts';
import type { IndicatorComputation } from './goals/index.ts';
import type { ModulePolicy } from './module-policy.ts';
import type { AnySection } from './package-section.ts';

/** Does a job's work as the user who started it; returns its result (JSON). */
export type ModuleJobHandler = (ctx: Ctx, run: JobRun) => Promise<unknown>;

/** Registers a module's operations on the API. */
export type RouteRegistrar = (app: ApiApp, platform: HttpPlatform<Database>) => void;

export interface ModuleDefinition {
  readonly name: string;
  /** The modules whose public surfaces (index.ts, contract.ts, domain/index.ts, ui/index.ts) this one may import. */
  readonly dependsOn: readonly string[];
  readonly migrations: readonly MigrationDefinition[];
  readonly routes?: RouteRegistrar;
  /** Swedish messages for the unique and other constraints of the module's tables, by constraint name. */
  readonly constraintErrors?: Readonly<Record<string, ConstraintError>>;
  /** The module's lists in the data package, each after the lists it refers to. */
  readonly packageSections?: readonly AnySection[];
  /** The kinds of job the module runs ("dataPackage.import"), with their work. */
  readonly jobHandlers?: Readonly<Record<string, ModuleJobHandler>>;
  /** Who may do what: operations that ask more than the default, and who may write each of its tables. */
  readonly policy?: ModulePolicy;
  /** Indicators the module's data computes ("economy.budgetVariance"), offered to the goal tables. */
  readonly indicatorComputations?: readonly IndicatorComputation[];
}
