/**
 * What the signed-in user may do on a unit's verksamhetsplan (and its part of the one-screen report), asked
 * of the policy exactly as the saves ask it (mayWrite): plan – the record an activity's create, change or
 * removal writes, the plan's unit and year; report – the status a save at the round would write, for each
 * activity, which the policy scopes to the activity's responsible unit and the round's year and refuses in
 * a closed round or once that unit's part of the round is approved. The write path still decides every save.
 */
import type { Ctx } from '../context.ts';
import { mayWrite } from '../module-policy.ts';
import { getOrgUnit } from '../organisation/index.ts';
import { getRound } from '../planning/index.ts';
import type { ActivitiesMay } from './contract.ts';
import { listActivities } from './db/activity-repository.ts';
import { activityEntity, activityStatusEntity } from './model.ts';

export async function activitiesPermissions(
  ctx: Ctx,
  query: { org: string; year: number; round?: string | undefined },
): Promise<ActivitiesMay> {
  const unit = await getOrgUnit(ctx, query.org);
  const plan = await mayWrite(ctx, activityEntity.table, { orgUnitId: unit.id, year: query.year });
  const round = query.round === undefined ? null : await getRound(ctx, query.round);
  // The save refuses a status at a budget round, and at a round of another year than the activity's.
  if (round === null || round.kind === 'budget' || round.year !== query.year) {
    return { plan, reportActivities: [] };
  }
  const activities = await listActivities(ctx.db, { orgUnitIds: [unit.id], year: query.year });
  // The policy's answer depends on the activity only through its responsible unit: asked once per unit.
  const byUnit = new Map<string, boolean>();
  const reportActivities: string[] = [];
  for (const activity of activities) {
    let allowed = byUnit.get(activity.responsibleUnitId);
    if (allowed === undefined) {
      allowed = await mayWrite(ctx, activityStatusEntity.table, {
        activityId: activity.id,
        reportingRoundId: round.id,
      });
      byUnit.set(activity.responsibleUnitId, allowed);
    }
    if (allowed) {
      reportActivities.push(activity.id);
    }
  }
  return { plan, reportActivities };
}
