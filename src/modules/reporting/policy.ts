/**
 * Who may move a unit's part of a round (the service asks for each move's own capability: reporters mark
 * ready, controllers send back, approvers approve), and the lock an approved part or a closed round puts on
 * the round's outcomes and assessments.
 */

import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import type { ModulePolicy, RecordLock, RecordScope } from '../module-policy.ts';
import { checkRoundsOpenLazily } from './part-service.ts';

async function roundYear(ctx: Pick<Ctx, 'db'>, roundId: unknown): Promise<number | null> {
  const round = await ctx.db
    .selectFrom('reporting_round')
    .select('year')
    .where('id', '=', String(roundId))
    .executeTakeFirst();
  return round?.year ?? null;
}

/** The unit of each of these indicators or goals (an indicator's is its goal's), in one query. */
async function unitsOf(
  ctx: Pick<Ctx, 'db'>,
  table: 'indicator' | 'goal',
  ids: readonly unknown[],
): Promise<Map<string, string>> {
  const distinct = [...new Set(ids.map(String))];
  const { rows } = await (table === 'goal'
    ? sql<{ id: string; unit: string }>`
        select id, org_unit_id as unit from goal where id = any(${distinct}::uuid[])`
    : sql<{ id: string; unit: string }>`
        select indicator.id, goal.org_unit_id as unit
        from indicator join goal on goal.id = indicator.goal_id
        where indicator.id = any(${distinct}::uuid[])`
  ).execute(ctx.db);
  return new Map(rows.map((row) => [row.id, row.unit]));
}

/**
 * The lock of a closed round or an approved part on records whose unit is their indicator's or goal's. The
 * units are looked up only when one of the records' rounds has an approved part.
 */
function roundLockThrough(table: 'indicator' | 'goal', field: string): RecordLock {
  return (ctx, records) =>
    checkRoundsOpenLazily(
      ctx,
      records.map((record) => record.reportingRoundId),
      async () => {
        const units = await unitsOf(
          ctx,
          table,
          records.map((record) => record[field]),
        );
        return records.map((record) => units.get(String(record[field]).toLowerCase()) ?? null);
      },
    );
}

async function reminderScope(ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>): Promise<RecordScope> {
  return { unitId: String(record.orgUnitId), year: await roundYear(ctx, record.reportingRoundId) };
}

/** A round's subset is the round's: set by those who set the municipality's rounds for the year (planning). */
async function subsetScope(ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>): Promise<RecordScope> {
  return { unitId: null, year: await roundYear(ctx, record.reportingRoundId) };
}

export const reportingPolicy: ModulePolicy = {
  tables: {
    round_part: { capability: ['report', 'plan', 'approve'] },
    // Reminding needs to review (plan) or approve the unit in the round's year; the use case asks the same.
    round_reminder: { capability: ['plan', 'approve'], scopeOf: reminderScope },
    round_subset_item: { capability: 'govern', scopeOf: subsetScope },
  },
  locks: {
    indicator_outcome: roundLockThrough('indicator', 'indicatorId'),
    assessment: roundLockThrough('goal', 'goalId'),
  },
};
