/**
 * The assignments module's part of the data package: assignments, their recipients and the recipients'
 * statuses, each list after the lists it refers to (units, goal areas and rounds come earlier; an
 * assignment may continue one of an earlier year, so that list is ordered originals first). An assignment
 * matches a stored one by id or by year, kind and text; a recipient by assignment and unit; a status by
 * recipient and round.
 */
import { parentsFirst } from '#core/tree.ts';
import type { Ctx } from '../context.ts';
import {
  existingUnder,
  type PackageSection,
  type RecordProblem,
  similarName,
  storedAs,
  unitCodesById,
  unitIdsOf,
  withoutVersion,
} from '../package-section.ts';
import { saveImportedRecipients } from './assignment-service.ts';
import {
  type AssignmentPackageRecord,
  assignmentPackageRecord,
  type RecipientPackageRecord,
  recipientPackageRecord,
  type StatusPackageRecord,
  statusPackageRecord,
} from './contract.ts';
import {
  type Assignment,
  listAssignments,
  listRecipients,
  listStatuses,
  type Recipient,
  type RecipientFilter,
} from './db/assignment-repository.ts';
import { statusProblems } from './domain/assignment.ts';
import { assignmentsErrors as errors } from './messages.sv.ts';
import { assignmentEntity, recipientEntity, statusEntity } from './model.ts';

const compare = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);

const asAssignmentRecords = (assignments: readonly Assignment[]): AssignmentPackageRecord[] =>
  assignments.map(withoutVersion);

async function asRecipientRecords(
  ctx: Pick<Ctx, 'db'>,
  recipients: readonly Recipient[],
): Promise<RecipientPackageRecord[]> {
  const codes = await unitCodesById(ctx);
  return recipients.map(({ orgUnitId, version: _version, ...recipient }) => ({
    ...recipient,
    orgUnit: codes.get(orgUnitId) ?? orgUnitId,
  }));
}

const recipientsOf = async (ctx: Pick<Ctx, 'db'>, filter: RecipientFilter) =>
  asRecipientRecords(ctx, await listRecipients(ctx.db, filter));

export const assignmentsSection: PackageSection<AssignmentPackageRecord> = {
  list: 'strategicAssignments',
  label: assignmentEntity.label,
  plural: 'strategiska uppdrag',
  record: assignmentPackageRecord,
  references: [{ field: 'carriedFromId', list: 'strategicAssignments' }],
  key: (assignment) => assignment.id,
  title: (assignment) =>
    `${assignment.year}${assignment.number ? ` nr ${assignment.number}` : ''}: ${assignment.text.slice(0, 80)}`,
  naturalKey: (assignment) => `${assignment.year}|${assignment.kind}|${assignment.text}`,
  similarKey: (assignment) => `${assignment.year}|${assignment.kind}|${similarName(assignment.text)}`,
  order: (assignments) =>
    parentsFirst(
      [...assignments].sort(
        (a, b) =>
          a.year - b.year || compare(a.kind, b.kind) || a.sortOrder - b.sortOrder || compare(a.id, b.id),
      ),
      (assignment) => assignment.id,
      (assignment) => assignment.carriedFromId,
    ),
  async select(ctx, scope, chosen) {
    const assignments = await listAssignments(ctx.db, { year: scope.year });
    if (scope.org === undefined) {
      return asAssignmentRecords(assignments);
    }
    // The assignments the chosen units received.
    const received = await listRecipients(ctx.db, {
      assignmentIds: assignments.map((item) => item.id),
      orgUnitIds: await unitIdsOf(ctx, chosen.get('orgUnits') ?? new Set()),
    });
    const ids = new Set(received.map((recipient) => recipient.assignmentId));
    return asAssignmentRecords(assignments.filter((item) => ids.has(item.id)));
  },
  ...storedAs(assignmentEntity),
  async findExisting(ctx, batch) {
    const years = [...new Set(batch.map((assignment) => assignment.year))];
    const sameYears = await Promise.all(years.map((year) => listAssignments(ctx.db, { year })));
    const byId = await listAssignments(ctx.db, { ids: batch.map((assignment) => assignment.id) });
    return asAssignmentRecords([...sameYears.flat(), ...byId]);
  },
  facts: (assignment) => ({ year: assignment.year }),
  check: () => [],
};

export const recipientsSection: PackageSection<RecipientPackageRecord> = {
  list: 'assignmentRecipients',
  label: recipientEntity.label,
  plural: 'mottagare av uppdrag',
  record: recipientPackageRecord,
  references: [
    { field: 'assignmentId', list: 'strategicAssignments' },
    { field: 'orgUnit', list: 'orgUnits' },
    { field: 'goalAreaId', list: 'goalAreas' },
  ],
  key: (recipient) => recipient.id,
  title: (recipient) => recipient.orgUnit,
  naturalKey: (recipient) => `${recipient.assignmentId}|${recipient.orgUnit}`,
  order: (recipients) =>
    [...recipients].sort(
      (a, b) =>
        compare(a.assignmentId, b.assignmentId) || compare(a.orgUnit, b.orgUnit) || compare(a.id, b.id),
    ),
  async select(ctx, scope, chosen) {
    const assignmentIds = [...(chosen.get('strategicAssignments') ?? [])];
    if (scope.org === undefined) {
      return recipientsOf(ctx, { assignmentIds });
    }
    return recipientsOf(ctx, {
      assignmentIds,
      orgUnitIds: await unitIdsOf(ctx, chosen.get('orgUnits') ?? new Set()),
    });
  },
  byKeys: (ctx, ids) => recipientsOf(ctx, { ids }),
  async findExisting(ctx, batch) {
    return [
      ...(await recipientsOf(ctx, { assignmentIds: batch.map((recipient) => recipient.assignmentId) })),
      ...(await recipientsOf(ctx, { ids: batch.map((recipient) => recipient.id) })),
    ];
  },
  facts: () => null,
  check: () => [],
  write: saveImportedRecipients,
};

export const statusesSection: PackageSection<StatusPackageRecord> = {
  list: 'assignmentStatuses',
  label: statusEntity.label,
  plural: 'statusar för uppdrag',
  record: statusPackageRecord,
  references: [
    { field: 'recipientId', list: 'assignmentRecipients' },
    { field: 'reportingRoundId', list: 'reportingRounds' },
  ],
  key: (status) => status.id,
  title: (status) => status.status,
  naturalKey: (status) => `${status.recipientId}|${status.reportingRoundId}`,
  order: (statuses) =>
    [...statuses].sort(
      (a, b) =>
        compare(a.recipientId, b.recipientId) ||
        compare(a.reportingRoundId, b.reportingRoundId) ||
        compare(a.id, b.id),
    ),
  select: async (ctx, _scope, chosen) =>
    (await listStatuses(ctx.db, { recipientIds: [...(chosen.get('assignmentRecipients') ?? [])] })).map(
      withoutVersion,
    ),
  ...storedAs(statusEntity),
  findExisting: existingUnder(
    statusEntity,
    (status) => status.recipientId,
    (ctx, recipientIds) => listStatuses(ctx.db, { recipientIds }),
  ),
  facts: () => null,
  // A recipient's facts do not name its assignment's year, so the round's year is checked by the use case
  // only; a budget round is refused here too.
  check(status, lookup) {
    const round = lookup('reportingRounds', status.reportingRoundId) as
      | { year: number; kind: string }
      | undefined;
    const problems: RecordProblem[] = [];
    if (round && statusProblems(round.year, round).includes('round_is_budget')) {
      problems.push({
        field: 'reportingRoundId',
        message: errors.round_is_budget.text(`Budget ${round.year}`),
        value: status.reportingRoundId,
      });
    }
    return problems;
  },
};
