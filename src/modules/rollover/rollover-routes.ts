/** The rollover module's routes: one use case per operation of its contract. */
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar, YearRolloverStep } from '../module-definition.ts';
import { rolloverApi } from './contract.ts';
import { startRolloverJob } from './rollover-job.ts';
import { listYearRollovers, previewRollover, undoRollover } from './rollover-service.ts';

export function rolloverRoutes(steps: () => readonly YearRolloverStep[]): RouteRegistrar {
  return (app, platform) =>
    registerOperations(app, platform, rolloverApi, {
      preview: ({ query }, ctx) => previewRollover(ctx, query.fromYear, steps()),
      start: async ({ body }, ctx) => {
        const job = await startRolloverJob(ctx, body.fromYear);
        platform.jobs?.wake();
        return job;
      },
      list: (_request, ctx) => listYearRollovers(ctx, steps()),
      undo: ({ params, body }, ctx) => undoRollover(ctx, params.id, body.version, steps()),
    });
}
