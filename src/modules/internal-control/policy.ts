/**
 * Who may do what in internal control. A unit's risk analyses and risks are recorded by its reporters (the
 * internkontrollrepresentanter) and planners; its controls are planned by its planners (controllers,
 * kommunledning), and a common control additionally asks the central controllers' 'govern' (the use case
 * checks it); a unit's results and their actions are its reporters' work in the round's year. A result, like
 * an outcome, cannot change in a closed round or once the unit's part of the round is approved (the
 * reporting module's lock); an action is followed until closed, so it never locks. The scales are the
 * municipality's: changed by those who govern all of it (administrators, kommunledningen).
 */
import type { Ctx } from '../context.ts';
import { type ModulePolicy, municipalityWide, type RecordScope, somewhere } from '../module-policy.ts';
import { checkRoundsOpen } from '../reporting/index.ts';

type Db = Pick<Ctx, 'db'>;

async function analysisScope(ctx: Db, analysisId: unknown): Promise<RecordScope> {
  const row = await ctx.db
    .selectFrom('risk_analysis')
    .select(['org_unit_id', 'year'])
    .where('id', '=', String(analysisId))
    .executeTakeFirst();
  return { unitId: row?.org_unit_id ?? null, year: row?.year ?? null };
}

async function resultScope(ctx: Db, record: Record<string, unknown>): Promise<RecordScope> {
  const round = await ctx.db
    .selectFrom('reporting_round')
    .select('year')
    .where('id', '=', String(record.reportingRoundId))
    .executeTakeFirst();
  return {
    unitId: typeof record.orgUnitId === 'string' ? record.orgUnitId : null,
    year: round?.year ?? null,
  };
}

export const internalControlPolicy: ModulePolicy = {
  operations: {
    'internalControl.updateSettings': municipalityWide('govern'),
    'internalControl.createControl': somewhere('plan'),
    'internalControl.carry': somewhere('plan'),
  },
  tables: {
    internal_control_settings: { capability: 'govern', scopeOf: () => ({ unitId: null, year: null }) },
    risk_analysis: { capability: 'report' },
    risk: { capability: 'report', scopeOf: (ctx, record) => analysisScope(ctx, record.analysisId) },
    control: { capability: 'plan' },
    control_result: { capability: 'report', scopeOf: resultScope },
    control_action: {
      capability: 'report',
      scopeOf: async (ctx, record) => {
        const result = await ctx.db
          .selectFrom('control_result')
          .select(['org_unit_id', 'reporting_round_id'])
          .where('id', '=', String(record.resultId))
          .executeTakeFirst();
        return result
          ? resultScope(ctx, { orgUnitId: result.org_unit_id, reportingRoundId: result.reporting_round_id })
          : { unitId: null, year: null };
      },
    },
  },
  locks: {
    control_result: (ctx, records) =>
      checkRoundsOpen(
        ctx,
        records.map((record) => ({
          roundId: record.reportingRoundId,
          unitId: typeof record.orgUnitId === 'string' ? record.orgUnitId : null,
        })),
      ),
  },
};
