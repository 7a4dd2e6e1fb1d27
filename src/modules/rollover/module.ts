/**
 * What the rollover module adds to Verksam: "Nytt år" – starting the next year from the modules' own steps
 * (their manifests' `yearRollover`), collected by the registry, run as one job and undoable until the first
 * edit. It owns only the record of each rollover.
 */
import type { ModuleDefinition, YearRolloverStep } from '../module-definition.ts';
import { rolloverMigrations } from './db/migrations.ts';
import { rolloverErrors } from './messages.sv.ts';
import { rolloverPolicy } from './policy.ts';
import { ROLLOVER_JOB, rolloverJobHandler } from './rollover-job.ts';
import { rolloverRoutes } from './rollover-routes.ts';

export function rolloverModule(steps: () => readonly YearRolloverStep[]): ModuleDefinition {
  return {
    name: 'rollover',
    dependsOn: ['jobs', 'access'],
    migrations: rolloverMigrations,
    policy: rolloverPolicy,
    routes: rolloverRoutes(steps),
    constraintErrors: {
      year_rollover_active_key: (key) =>
        rolloverErrors.already_done(Number(key.from_year), 'någon annan', 'nyss'),
    },
    jobHandlers: { [ROLLOVER_JOB]: rolloverJobHandler(steps) },
  };
}
