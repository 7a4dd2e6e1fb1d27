/**
 * The investment indicator a goal table can show computed, never typed (issue 6, point 9; 000:406):
 * "Investeringsavvikelse (kvarvarande investeringsutrymme i % av investeringsbudget)" – the remaining room,
 * (budget − actual) / budget, of the net investments of the unit and the units under it that lie inside the
 * frame. A closing round reads the year's actuals (bokslut), an interim round the full-year forecasts made
 * then ("0*", helårsprognos, 000:406-409); the budget is the year's as it stands at that round.
 */

import { formatOreWithUnit, investmentRoomPercent, type Ore } from '../economy/domain/index.ts';
import type { ComputedFigure, IndicatorComputation } from '../goals/index.ts';
import { subtreeIds } from '../organisation/domain/index.ts';
import { listOrganisation } from '../organisation/index.ts';
import { listAmounts, listProjects } from './db/investment-repository.ts';
import { AmountIndex, netOf } from './domain/figures.ts';
import { amountFact } from './project-service.ts';

const tkr = (ore: Ore) => formatOreWithUnit(ore, 'tkr');

export const investmentRoom: IndicatorComputation = {
  key: 'investments.room',
  label: 'Investeringsavvikelse (kvarvarande investeringsutrymme i % av investeringsbudget)',
  description:
    'investeringsbudgeten minus utfallet (vid delår helårsprognosen) i procent av budgeten, nettoinvesteringar inom ram.',
  unit: '%',
  async compute(ctx, { orgUnitId, rounds }) {
    const units = await listOrganisation(ctx);
    const projects = (await listProjects(ctx.db, { orgUnitIds: [...subtreeIds(units, orgUnitId)] })).filter(
      (project) => project.placement === 'inside',
    );
    const index = new AmountIndex(
      (
        await listAmounts(
          ctx.db,
          projects.map((project) => project.id),
        )
      ).map(amountFact),
    );
    const figures: ComputedFigure[] = [];
    for (const round of rounds) {
      if (round.kind === 'budget') {
        continue;
      }
      const kind = round.kind === 'closing' ? 'actual' : 'forecast';
      let budget: Ore | null = null;
      let actual: Ore | null = null;
      for (const project of projects) {
        const budgeted = index.budgetAt(project.id, round.year, round.kind);
        const outcome = index.get(project.id, round.year, kind, round.kind);
        budget = budgeted ? (budget ?? 0n) + netOf(budgeted.amounts) : budget;
        actual = outcome ? (actual ?? 0n) + netOf(outcome.amounts) : actual;
      }
      if (budget === null || actual === null) {
        continue;
      }
      const result = investmentRoomPercent(budget, actual);
      const what = round.kind === 'closing' ? `bokslut ${round.year}` : `helårsprognos, ${round.name}`;
      figures.push({
        roundId: round.id,
        year: round.year,
        toMonth: 12,
        isForecast: round.kind !== 'closing',
        value: result.value,
        reason: result.reason,
        basis: `Ur investeringarna inom ram, ${what}: budget ${tkr(budget)}, ${round.kind === 'closing' ? 'utfall' : 'prognos'} ${tkr(actual)}.`,
      });
    }
    return figures;
  },
};
