/**
 * What a module declares: its migrations and its routes. The registry lists the modules in dependency
 * order; removing a feature means deleting its folder and its line there.
 */
import type { MigrationDefinition } from '#platform/db/migrations.ts';
import type { ApiApp } from '#platform/http/create-app.ts';
import type { AppContext } from './context.ts';

export interface ModuleDefinition {
  readonly name: string;
  /** The modules whose public surfaces (index.ts, contract.ts, domain/index.ts, ui/index.ts) this one may import. */
  readonly dependsOn: readonly string[];
  readonly migrations: readonly MigrationDefinition[];
  readonly routes?: (app: ApiApp, ctx: AppContext) => Promise<void>;
}
