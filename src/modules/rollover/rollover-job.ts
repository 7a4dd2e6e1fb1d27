/** The rollover as a job (kind "rollover.run"): one at a time per installation, with progress per step. */
import { enqueueJob, type Job } from '#platform/jobs.ts';
import type { Ctx } from '../context.ts';
import type { ModuleJobHandler, YearRolloverStep } from '../module-definition.ts';
import { checkMayStart, runRollover } from './rollover-service.ts';

export const ROLLOVER_JOB = 'rollover.run';

export interface RolloverJobPayload {
  readonly fromYear: number;
}

export async function startRolloverJob(ctx: Ctx, fromYear: number): Promise<Job> {
  await checkMayStart(ctx, fromYear);
  const payload: RolloverJobPayload = { fromYear };
  return enqueueJob(ctx.db, ctx.actor, {
    kind: ROLLOVER_JOB,
    // It changes the whole municipality's year: one at a time per installation.
    scope: 'installation',
    payload,
    message: `Väntar på att starta ${fromYear + 1}.`,
  });
}

export function rolloverJobHandler(steps: () => readonly YearRolloverStep[]): ModuleJobHandler {
  return (ctx, { job, progress }) =>
    runRollover(ctx, (job.payload as RolloverJobPayload).fromYear, steps(), { progress, jobId: job.id });
}
