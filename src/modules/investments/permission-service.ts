/**
 * What the signed-in user may do on the Investeringar page, asked of the policy that decides every save
 * (mayWrite), so that the page shows a reader the figures without a single edit control.
 */
import type { z } from 'zod';
import type { Ctx } from '../context.ts';
import { mayWrite } from '../module-policy.ts';
import { getOrgUnit } from '../organisation/index.ts';
import type { investmentsMaySchema } from './contract.ts';
import { amountEntity, frameEntity, projectEntity } from './model.ts';
import { getProject } from './project-service.ts';

export async function investmentsPermissions(
  ctx: Ctx,
  query: { org: string; year: number; project?: string | undefined },
): Promise<z.output<typeof investmentsMaySchema>> {
  const unit = await getOrgUnit(ctx, query.org);
  const project = query.project === undefined ? null : await getProject(ctx, query.project);
  return {
    addProjects: await mayWrite(ctx, projectEntity.table, { orgUnitId: unit.id }),
    changeFrames: await mayWrite(ctx, frameEntity.table, { orgUnitId: unit.id, year: query.year }),
    project: project && {
      plan: await mayWrite(ctx, projectEntity.table, project),
      report: await mayWrite(ctx, amountEntity.table, { projectId: project.id, year: query.year }),
    },
  };
}
