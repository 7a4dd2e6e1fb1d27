/**
 * What the signed-in user may do with a unit's goals on the unit's page – add a goal ("Nytt mål") and put
 * the unit's goals in order – asked of the policy exactly as those saves ask it: a goal of the unit, which
 * the policy decides by the unit alone (a goal is valid over many years). The write path still decides.
 */
import type { Ctx } from '../context.ts';
import { mayWrite } from '../module-policy.ts';
import { getOrgUnit } from '../organisation/index.ts';
import type { UnitGoalsMay } from './contract.ts';
import { goalEntity } from './model.ts';

export async function unitGoalsPermissions(
  ctx: Ctx,
  query: { org: string; year: number },
): Promise<UnitGoalsMay> {
  const unit = await getOrgUnit(ctx, query.org);
  // The record a new goal of the unit from the year would be (createGoal), and each reordered goal's unit.
  return {
    plan: await mayWrite(ctx, goalEntity.table, {
      orgUnitId: unit.id,
      validFromYear: query.year,
      validToYear: null,
    }),
  };
}
