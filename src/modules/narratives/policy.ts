/**
 * Who may write a unit's texts for a round: as its assessments, the reporters (and planners) of the unit in
 * the round's year. The reporting module's lock holds them too: a closed round, or an approved part of the
 * unit, refuses every change in Swedish (docs/adr/0020-reporting-rounds-and-locks.md).
 */
import type { Ctx } from '../context.ts';
import type { ModulePolicy, RecordScope } from '../module-policy.ts';
import { checkRoundsOpen } from '../reporting/index.ts';

async function narrativeScope(ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>): Promise<RecordScope> {
  const round = await ctx.db
    .selectFrom('reporting_round')
    .select('year')
    .where('id', '=', String(record.reportingRoundId))
    .executeTakeFirst();
  return { unitId: String(record.orgUnitId), year: round?.year ?? null };
}

export const narrativesPolicy: ModulePolicy = {
  tables: {
    narrative_text: { capability: 'report', scopeOf: narrativeScope },
  },
  locks: {
    narrative_text: (ctx, records) =>
      checkRoundsOpen(
        ctx,
        records.map((record) => ({ roundId: record.reportingRoundId, unitId: String(record.orgUnitId) })),
      ),
  },
};
