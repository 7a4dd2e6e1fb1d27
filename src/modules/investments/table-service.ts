/**
 * A unit's investment table for a year: the projects of the unit and of the units under it, their
 * amounts, and the unit's own frame and frame changes, laid out by the domain (domain/investment-tables.ts).
 */
import type { Ctx } from '../context.ts';
import { oreFromKronor } from '../economy/domain/index.ts';
import { subtreeIds } from '../organisation/domain/index.ts';
import { getOrgUnit, listOrganisation } from '../organisation/index.ts';
import type { InvestmentTableQuery } from './contract.ts';
import { listAmounts, listFrameChanges, listFrames, listProjects } from './db/investment-repository.ts';
import { AmountIndex } from './domain/figures.ts';
import { buildInvestmentTable, type TableProject } from './domain/investment-tables.ts';
import { frameChangeFact, frameFact } from './frame-service.ts';
import { amountFact } from './project-service.ts';

export async function investmentTable(ctx: Ctx, query: InvestmentTableQuery) {
  const unit = await getOrgUnit(ctx, query.org);
  const units = await listOrganisation(ctx);
  const projects = await listProjects(ctx.db, { orgUnitIds: [...subtreeIds(units, unit.id)] });
  const [amounts, frames, changes] = await Promise.all([
    listAmounts(
      ctx.db,
      projects.map((project) => project.id),
    ),
    listFrames(ctx.db, { orgUnitIds: [unit.id] }),
    listFrameChanges(ctx.db, { orgUnitIds: [unit.id] }),
  ]);
  const table = buildInvestmentTable(
    {
      unit,
      units,
      projects: projects.map(
        (project): TableProject => ({
          ...project,
          decidedBudgetOre: project.decidedBudget === null ? null : oreFromKronor(project.decidedBudget),
        }),
      ),
      amounts: new AmountIndex(amounts.map(amountFact)),
      frames: frames.map(frameFact),
      changes: changes.map(frameChangeFact),
    },
    {
      kind: query.table,
      year: query.year,
      unit: query.unit,
      varianceConvention: query.variance,
      planYears: query.planYears,
      previousYear: query.previousYear === 'true',
      round: query.round,
    },
  );
  return {
    orgUnit: { id: unit.id, code: unit.code, name: unit.name },
    year: query.year,
    kind: query.table,
    table,
  };
}
