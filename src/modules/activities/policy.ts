/**
 * Who may plan a unit's activities (its planners, in the plan's year) and report their status (the
 * reporters of the responsible unit, in the round's year); a status, like an outcome, cannot change in a
 * closed round or once the responsible unit's part of the round is approved (the reporting module's lock).
 */
import type { Ctx } from '../context.ts';
import { eachRecord, type ModulePolicy, type RecordScope, somewhere } from '../module-policy.ts';
import { checkRoundOpen } from '../reporting/index.ts';

async function responsibleUnit(ctx: Pick<Ctx, 'db'>, activityId: unknown): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('activity')
    .select('responsible_unit_id')
    .where('id', '=', String(activityId))
    .executeTakeFirst();
  return row?.responsible_unit_id ?? null;
}

async function statusScope(ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>): Promise<RecordScope> {
  const round = await ctx.db
    .selectFrom('reporting_round')
    .select('year')
    .where('id', '=', String(record.reportingRoundId))
    .executeTakeFirst();
  return { unitId: await responsibleUnit(ctx, record.activityId), year: round?.year ?? null };
}

export const activitiesPolicy: ModulePolicy = {
  // Carrying plans activities: a reporter is refused before anything is looked at, even when none would move.
  operations: { 'activities.carry': somewhere('plan') },
  tables: {
    activity: { capability: 'plan' },
    activity_status: { capability: 'report', scopeOf: statusScope },
  },
  locks: {
    activity_status: eachRecord(async (ctx, record) =>
      checkRoundOpen(ctx, record.reportingRoundId, await responsibleUnit(ctx, record.activityId)),
    ),
  },
};
