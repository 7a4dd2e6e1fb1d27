/**
 * Reporting's part of starting the next year: the subsets of the closed year's rounds copied to the new
 * year's rounds of the same kind (domain/round-subset.ts), after planning has copied the rounds and goals
 * has extended the goals – the module order sees to that.
 */
import type { Ctx } from '../context.ts';
import { listGoals, listIndicators } from '../goals/index.ts';
import type { RolloverYears, YearRolloverStep } from '../module-definition.ts';
import { listRounds } from '../planning/index.ts';
import { nextYearSubsetItems } from './domain/round-subset.ts';
import { roundSubsetItemEntity } from './model.ts';
import { listSubsetItems } from './subset-service.ts';

async function itemsToCopy(ctx: Pick<Ctx, 'db'>, { fromYear, toYear }: RolloverYears) {
  const [from, to] = await Promise.all([listRounds(ctx.db, fromYear), listRounds(ctx.db, toYear)]);
  const goals = await listGoals(ctx.db, { year: toYear });
  const indicators = await listIndicators(
    ctx.db,
    goals.map((goal) => goal.id),
  );
  const items = nextYearSubsetItems({
    from,
    to,
    items: await listSubsetItems(
      ctx,
      [...from, ...to].map((round) => round.id),
    ),
    current: {
      goalIds: new Set(goals.map((goal) => goal.id)),
      indicatorIds: new Set(indicators.map((indicator) => indicator.id)),
    },
  });
  const rounds = to.filter((round) => items.some((item) => item.reportingRoundId === round.id));
  return { items, rounds };
}

export const reportingRollover: YearRolloverStep = {
  name: 'reporting',
  label: 'Tillfällenas urval av mål och indikatorer',
  entities: [roundSubsetItemEntity],
  async preview(ctx, years) {
    const { rounds } = await itemsToCopy(ctx, years);
    return {
      count: rounds.length,
      summary:
        rounds.length === 0
          ? `Inga uppföljningstillfällen ${years.toYear} får ett urval av mål och indikatorer från ${years.fromYear}.`
          : `${rounds.map((round) => round.name).join(', ')} frågar efter samma mål och indikatorer som ` +
            `${years.fromYear}.`,
    };
  },
  async run(tx, years) {
    const { items } = await itemsToCopy(tx, years);
    const created = await tx.insertMany(roundSubsetItemEntity, items);
    return {
      created: created.map((item) => ({ table: roundSubsetItemEntity.table, id: item.id })),
      changed: [],
    };
  },
};
