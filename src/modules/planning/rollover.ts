/**
 * Planning's part of starting the next year: the year's round calendar copied into the next year where the
 * next year lacks a kind of round (domain/rollover.ts), through the write path.
 */
import type { YearRolloverStep } from '../module-definition.ts';
import { listRounds } from './db/round-repository.ts';
import { nextYearRounds } from './domain/rollover.ts';
import { reportingRoundEntity } from './model.ts';

async function roundsToCreate(
  ctx: Parameters<YearRolloverStep['preview']>[0],
  fromYear: number,
  toYear: number,
) {
  const existing = (await listRounds(ctx.db, toYear)).map((round) => round.kind);
  return nextYearRounds(await listRounds(ctx.db, fromYear), existing, fromYear, toYear);
}

export const planningRollover: YearRolloverStep = {
  name: 'planning',
  label: 'Uppföljningstillfällen',
  entities: [reportingRoundEntity],
  async preview(ctx, { fromYear, toYear }) {
    const rounds = await roundsToCreate(ctx, fromYear, toYear);
    return {
      count: rounds.length,
      summary:
        rounds.length === 0
          ? `${toYear} har redan alla uppföljningstillfällen som ${fromYear} har: inget kopieras.`
          : `${rounds.length} ${rounds.length === 1 ? 'uppföljningstillfälle' : 'uppföljningstillfällen'} ` +
            `kopieras till ${toYear}: ${rounds.map((round) => round.name).join(', ')}.`,
    };
  },
  async run(tx, { fromYear, toYear }) {
    const rounds = await roundsToCreate(tx, fromYear, toYear);
    const created = await tx.insertMany(
      reportingRoundEntity,
      rounds.map((round) => ({ ...round, closed: false })),
    );
    return {
      created: created.map((round) => ({ table: reportingRoundEntity.table, id: round.id })),
      changed: [],
    };
  },
};
