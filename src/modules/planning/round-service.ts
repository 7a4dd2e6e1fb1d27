/** Use cases for reporting rounds. */

import type { Kysely } from 'kysely';
import type { Actor } from '#core/actor.ts';
import { staleVersion } from '#core/errors.ts';
import { recordChanges } from '#platform/audit/change-log.ts';
import { isUniqueViolation } from '#platform/db/sql-errors.ts';
import type { Database } from '../database.ts';
import type { ReportingRoundDto, ReportingRoundInput } from './contract.ts';
import { findRound, insertRound, listRounds, updateRoundRow } from './db/round-repository.ts';
import { defaultRoundName } from './domain/round.ts';
import { planningErrors, ROUND_ENTITY } from './messages.sv.ts';

const ENTITY_TYPE = 'reporting_round';

export { listRounds };

export async function getRound(db: Kysely<Database>, id: string): Promise<ReportingRoundDto> {
  const round = await findRound(db, id);
  if (!round) {
    throw planningErrors.roundNotFound(id);
  }
  return round;
}

export async function createRound(
  db: Kysely<Database>,
  actor: Actor,
  input: ReportingRoundInput,
): Promise<ReportingRoundDto> {
  const name = input.name ?? defaultRoundName(input.kind, input.year);
  return db.transaction().execute(async (trx) => {
    try {
      const created = await insertRound(trx, {
        year: input.year,
        kind: input.kind,
        name,
        deadline: input.deadline,
      });
      await recordChanges(trx, actor, [
        {
          action: 'create',
          entityType: ENTITY_TYPE,
          entityId: created.id,
          oldValue: null,
          newValue: created,
        },
      ]);
      return created;
    } catch (error) {
      if (isUniqueViolation(error, 'reporting_round_year_kind_key')) {
        throw planningErrors.roundExists(name);
      }
      throw error;
    }
  });
}

export async function updateRound(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: { name: string; deadline: string; version: number },
): Promise<ReportingRoundDto> {
  return db.transaction().execute(async (trx) => {
    const current = await getRound(trx, id);
    const updated = await updateRoundRow(trx, id, input.version, {
      name: input.name,
      deadline: input.deadline,
    });
    if (!updated) {
      throw staleVersion(ROUND_ENTITY);
    }
    await recordChanges(trx, actor, [
      { action: 'update', entityType: ENTITY_TYPE, entityId: id, oldValue: current, newValue: updated },
    ]);
    return updated;
  });
}
