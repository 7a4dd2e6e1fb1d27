/** Use cases for reporting rounds. */

import { write } from '#platform/context.ts';
import type { Ctx, Tx } from '../context.ts';
import type { ReportingRoundInput, ReportingRoundPackageRecord } from './contract.ts';
import { findRound, listRounds, type ReportingRound } from './db/round-repository.ts';
import { defaultRoundName } from './domain/round.ts';
import { planningErrors } from './messages.sv.ts';
import { reportingRoundEntity } from './model.ts';

export async function listYearRounds(ctx: Pick<Ctx, 'db'>, year?: number): Promise<ReportingRound[]> {
  return listRounds(ctx.db, year);
}

export async function getRound(ctx: Pick<Ctx, 'db'>, id: string): Promise<ReportingRound> {
  const round = await findRound(ctx.db, id);
  if (!round) {
    throw planningErrors.round_not_found(id);
  }
  return round;
}

export async function createRound(ctx: Ctx, input: ReportingRoundInput): Promise<ReportingRound> {
  return write(ctx, (tx) =>
    tx.insert(reportingRoundEntity, {
      ...input,
      name: input.name ?? defaultRoundName(input.kind, input.year),
    }),
  );
}

export async function updateRound(
  ctx: Ctx,
  id: string,
  input: { name?: string; deadline?: string; closed?: boolean; version: number },
): Promise<ReportingRound> {
  return write(ctx, async (tx) => {
    const { version, ...patch } = input;
    return tx.update(reportingRoundEntity, await getRound(tx, id), version, patch);
  });
}

/** Saves rounds from a data package: new ones, then changes to stored ones (matched by id or year and kind). */
export async function saveImportedRounds(
  tx: Tx,
  created: readonly ReportingRoundPackageRecord[],
  updated: readonly { after: ReportingRoundPackageRecord }[],
): Promise<void> {
  await tx.saveRecords(
    reportingRoundEntity,
    created,
    updated.map(({ after }) => after),
  );
}
