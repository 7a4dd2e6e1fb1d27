/**
 * The goals' part of starting the next year: goals that end with the closed year are extended to the next
 * (domain/rollover.ts), through the write path; their indicators come with them. Targets are not copied;
 * the preview says how many carried indicators lack one for the new year.
 */
import type { Ctx } from '../context.ts';
import type { RolloverYears, YearRolloverStep } from '../module-definition.ts';
import { listOrgUnits } from '../organisation/index.ts';
import { listGoals } from './db/goal-repository.ts';
import { listIndicators, listTargets } from './db/indicator-repository.ts';
import { goalsToExtend, lackingTarget } from './domain/rollover.ts';
import { goalEntity } from './model.ts';

const number = new Intl.NumberFormat('sv-SE');
const count = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;

async function carried(ctx: Pick<Ctx, 'db'>, { fromYear, toYear }: RolloverYears) {
  const firstDay = `${toYear}-01-01`;
  const continuing = new Set(
    (await listOrgUnits(ctx.db, toYear)).filter((unit) => unit.validFrom <= firstDay).map((unit) => unit.id),
  );
  const { extend: goals, unitEnds } = goalsToExtend(
    await listGoals(ctx.db, { year: fromYear }),
    fromYear,
    continuing,
  );
  const indicators = await listIndicators(
    ctx.db,
    goals.map((goal) => goal.id),
  );
  const ids = indicators.map((indicator) => indicator.id);
  const targets = await listTargets(ctx.db, ids, { from: toYear, to: toYear });
  const already = (await listGoals(ctx.db, { year: toYear })).length;
  return { goals, unitEnds, already, indicators, lacking: lackingTarget(ids, targets, toYear) };
}

export const goalsRollover: YearRolloverStep = {
  name: 'goals',
  label: 'Mål och indikatorer',
  entities: [goalEntity],
  async preview(ctx, years) {
    const { goals, unitEnds, already, indicators, lacking } = await carried(ctx, years);
    const left =
      (already === 0
        ? ''
        : ` ${count(already, 'mål', 'mål')} gäller redan ${years.toYear} och följer med som de är.`) +
      (unitEnds.length === 0
        ? ''
        : ` ${count(unitEnds.length, 'mål', 'mål')} på enheter som upphör ${years.fromYear} förlängs inte.`);
    if (goals.length === 0) {
      return { count: 0, summary: `Inga mål behöver förlängas till ${years.toYear}.${left}` };
    }
    return {
      count: goals.length,
      summary:
        `${count(goals.length, 'mål', 'mål')} som slutar ${years.fromYear} förlängs till ${years.toYear}, ` +
        `med ${count(indicators.length, 'indikator', 'indikatorer')}. Målvärden kopieras inte: ${
          lacking.length === 0
            ? `alla har redan målvärde för ${years.toYear}`
            : `${number.format(lacking.length)} av ${count(indicators.length, 'indikator', 'indikatorer')} ` +
              `saknar målvärde för ${years.toYear}`
        }.${left}`,
    };
  },
  async run(tx, years) {
    const { goals } = await carried(tx, years);
    const changed = [];
    for (const goal of goals) {
      await tx.update(goalEntity, goal, goal.version, { validToYear: years.toYear });
      changed.push({ table: goalEntity.table, id: goal.id, before: { validToYear: goal.validToYear } });
    }
    return { created: [], changed };
  },
};
