/**
 * What the signed-in user may do on the Ekonomi and Budget pages, asked of the policy that decides every
 * save (mayWrite, mayRun), so that the pages show a reader the figures without a single edit control.
 */
import type { Ctx } from '../context.ts';
import { mayRun, mayWrite } from '../module-policy.ts';
import { unitPath } from '../organisation/domain/index.ts';
import { getOrgUnit, listOrgUnits } from '../organisation/index.ts';
import type { EconomyMay } from './contract.ts';
import { budgetLineEntity, costCentreEntity, forecastEntity, frameAdjustmentEntity } from './model.ts';

/**
 * The units valid in the year whose forecast the user may give. Only units under one of the user's grants
 * can be, so only those are asked of the policy: a controller of one administration costs a lookup per unit
 * of it, not one per unit of the municipality.
 */
async function forecastUnits(ctx: Ctx, year: number): Promise<string[]> {
  const all = await listOrgUnits(ctx.db, year);
  const granted = new Set(ctx.actor.grants.map((grant) => grant.orgUnitId));
  const units = granted.has(null)
    ? all
    : all.filter((unit) => unitPath(all, unit.id).some((id) => granted.has(id)));
  const allowed: string[] = [];
  for (const unit of units) {
    if (await mayWrite(ctx, forecastEntity.table, { orgUnitId: unit.id, year })) {
      allowed.push(unit.id);
    }
  }
  return allowed;
}

async function mayPlanBudget(ctx: Ctx, org: string | undefined, year: number): Promise<boolean> {
  if (org === undefined) {
    return false;
  }
  const unit = await getOrgUnit(ctx, org);
  return mayWrite(ctx, budgetLineEntity.table, { orgUnitId: unit.id, year });
}

export async function economyPermissions(
  ctx: Ctx,
  query: { org?: string | undefined; year: number },
): Promise<EconomyMay> {
  return {
    importLedger: await mayRun(ctx, 'economy.startLedgerImport'),
    closeYears: await mayRun(ctx, 'economy.closeYear'),
    editCostCentres: await mayWrite(ctx, costCentreEntity.table, {}),
    adjustFrames: await mayWrite(ctx, frameAdjustmentEntity.table, {}),
    importBudgets: await mayRun(ctx, 'economy.startBudgetImport'),
    forecastUnits: await forecastUnits(ctx, query.year),
    planBudget: await mayPlanBudget(ctx, query.org, query.year),
  };
}
