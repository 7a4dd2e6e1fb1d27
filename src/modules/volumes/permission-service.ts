/**
 * What the signed-in user may do on the Volymer och personal page, asked of the policy that decides every
 * save (mayWrite), so that the page shows a reader the figures without a single edit control.
 */
import type { z } from 'zod';
import type { Ctx } from '../context.ts';
import { mayWrite } from '../module-policy.ts';
import { getOrgUnit } from '../organisation/index.ts';
import type { volumesMaySchema } from './contract.ts';
import { getMeasure } from './measure-service.ts';
import { measureEntity, valueEntity } from './model.ts';

export async function volumesPermissions(
  ctx: Ctx,
  query: { org: string; year: number; measure?: string | undefined },
): Promise<z.output<typeof volumesMaySchema>> {
  const unit = await getOrgUnit(ctx, query.org);
  const measure = query.measure === undefined ? null : await getMeasure(ctx, query.measure);
  return {
    addMeasures: await mayWrite(ctx, measureEntity.table, { orgUnitId: unit.id }),
    measure: measure && {
      plan: await mayWrite(ctx, measureEntity.table, measure),
      report: await mayWrite(ctx, valueEntity.table, { measureId: measure.id, year: query.year }),
    },
  };
}
