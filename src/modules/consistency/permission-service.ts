/**
 * What the signed-in user may do on the page Kontroller: acknowledge the unit's errors of the year (and
 * withdraw acknowledgements), asked of the policy exactly as an acknowledgement's save asks it – so that a
 * reporter, a reader or someone of another unit sees the findings without a single form.
 */
import type { Ctx } from '../context.ts';
import { mayWrite } from '../module-policy.ts';
import { getOrgUnit } from '../organisation/index.ts';
import type { ConsistencyMay } from './contract.ts';
import { acknowledgementEntity } from './model.ts';

export async function consistencyPermissions(
  ctx: Ctx,
  query: { org: string; year: number },
): Promise<ConsistencyMay> {
  const unit = await getOrgUnit(ctx, query.org);
  return {
    // The record acknowledgeFinding asks of the policy before it saves.
    acknowledge: await mayWrite(ctx, acknowledgementEntity.table, { orgUnitId: unit.id, year: query.year }),
  };
}
