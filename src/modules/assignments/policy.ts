/**
 * Who may do what with strategic assignments: giving them (assignments, recipients) is governing, over the
 * whole municipality; a recipient's response and its status per round are its reporters' work, in the
 * assignment's (and the round's) year. A status, like an outcome, cannot change in a closed round or once
 * the recipient's part of the round is approved (the reporting module's lock).
 */
import type { Ctx } from '../context.ts';
import { eachRecord, type ModulePolicy, municipalityWide, somewhere } from '../module-policy.ts';
import { checkRoundOpen } from '../reporting/index.ts';

const yearOf = (row: { year: number } | undefined) => row?.year ?? null;

/** The unit a recipient is: the one whose reporters write its statuses, and whose part of a round locks them. */
async function recipientUnit(ctx: Pick<Ctx, 'db'>, recipientId: unknown): Promise<string | null> {
  const recipient = await ctx.db
    .selectFrom('assignment_recipient')
    .select('org_unit_id')
    .where('id', '=', String(recipientId))
    .executeTakeFirst();
  return recipient?.org_unit_id ?? null;
}

export const assignmentsPolicy: ModulePolicy = {
  operations: {
    'assignments.createAssignment': somewhere('govern'),
    'assignments.updateAssignment': somewhere('govern'),
    'assignments.deleteAssignment': somewhere('govern'),
    'assignments.addRecipient': somewhere('govern'),
    'assignments.removeRecipient': somewhere('govern'),
    'assignments.carryIntoYear': municipalityWide('govern'),
  },
  tables: {
    // The municipality's: no unit.
    strategic_assignment: {
      capability: 'govern',
      scopeOf: (_ctx, record) => ({
        unitId: null,
        year: typeof record.year === 'number' ? record.year : null,
      }),
    },
    // Given by governors (the use case asks for 'govern'); the response written by the recipient's reporters.
    assignment_recipient: {
      capability: ['govern', 'report'],
      scopeOf: async (ctx, record) => ({
        unitId: typeof record.orgUnitId === 'string' ? record.orgUnitId : null,
        year: yearOf(
          await ctx.db
            .selectFrom('strategic_assignment')
            .select('year')
            .where('id', '=', String(record.assignmentId))
            .executeTakeFirst(),
        ),
      }),
    },
    assignment_status: {
      capability: 'report',
      scopeOf: async (ctx, record) => {
        const round = await ctx.db
          .selectFrom('reporting_round')
          .select('year')
          .where('id', '=', String(record.reportingRoundId))
          .executeTakeFirst();
        return { unitId: await recipientUnit(ctx, record.recipientId), year: yearOf(round) };
      },
    },
  },
  locks: {
    assignment_status: eachRecord(async (ctx, record) =>
      checkRoundOpen(ctx, record.reportingRoundId, await recipientUnit(ctx, record.recipientId)),
    ),
  },
};
