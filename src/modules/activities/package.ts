/**
 * The activities module's part of the data package: activities and their statuses. An activity names its
 * units by code and matches a stored one by id or by unit, year, goal and text; a status by activity and
 * round. The rules are the domain's pure functions; the writers go through the write path.
 */

import type { RoundKind } from '#core/period.ts';
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
import { defaultRoundName } from '../planning/domain/index.ts';
import { saveImportedActivities } from './activity-service.ts';
import {
  type ActivityPackageRecord,
  type ActivityStatusPackageRecord,
  activityPackageRecord,
  activityStatusPackageRecord,
} from './contract.ts';
import {
  type Activity,
  type ActivityFilter,
  listActivities,
  listStatuses,
} from './db/activity-repository.ts';
import { checkCompletion } from './domain/completion.ts';
import { completionProblemMessage, activitiesErrors as errors } from './messages.sv.ts';
import { activityEntity, activityStatusEntity } from './model.ts';

const compare = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);

async function asRecords(
  ctx: Pick<Ctx, 'db'>,
  activities: readonly Activity[],
): Promise<ActivityPackageRecord[]> {
  const codes = await unitCodesById(ctx);
  return activities.map(({ orgUnitId, responsibleUnitId, version: _version, ...activity }) => ({
    ...activity,
    orgUnit: codes.get(orgUnitId) ?? orgUnitId,
    responsibleUnit: codes.get(responsibleUnitId) ?? responsibleUnitId,
  }));
}

const activitiesOf = async (ctx: Pick<Ctx, 'db'>, filter: ActivityFilter) =>
  asRecords(ctx, await listActivities(ctx.db, filter));

/** What a status's checker needs to know about its activity. */
interface ActivityFacts {
  readonly year: number;
}
interface GoalFacts {
  readonly validFromYear: number;
  readonly validToYear: number | null;
}

export const activitiesSection: PackageSection<ActivityPackageRecord> = {
  list: 'activities',
  label: activityEntity.label,
  plural: 'aktiviteter',
  record: activityPackageRecord,
  references: [
    { field: 'orgUnit', list: 'orgUnits' },
    { field: 'responsibleUnit', list: 'orgUnits' },
    { field: 'goalId', list: 'goals' },
    { field: 'carriedFromId', list: 'activities' },
  ],
  key: (activity) => activity.id,
  title: (activity) => activity.text,
  // A plan may hold the same text twice under one goal (one per indicator, 001:1585-1586): its place tells them apart.
  naturalKey: (activity) =>
    `${activity.orgUnit}|${activity.year}|${activity.goalId}|${activity.sortOrder}|${activity.text}`,
  similarKey: (activity) =>
    `${activity.orgUnit}|${activity.year}|${activity.goalId}|${similarName(activity.text)}`,
  order: (activities) =>
    parentsFirst(
      [...activities].sort(
        (a, b) =>
          compare(a.orgUnit, b.orgUnit) ||
          a.year - b.year ||
          a.sortOrder - b.sortOrder ||
          compare(a.id, b.id),
      ),
      (activity) => activity.id,
      (activity) => activity.carriedFromId,
    ),
  async select(ctx, scope, chosen) {
    if (scope.org === undefined) {
      return activitiesOf(ctx, {});
    }
    return activitiesOf(ctx, {
      orgUnitIds: await unitIdsOf(ctx, chosen.get('orgUnits') ?? new Set()),
      year: scope.year,
    });
  },
  byKeys: (ctx, ids) => activitiesOf(ctx, { ids }),
  async findExisting(ctx, batch) {
    const units = await unitIdsOf(ctx, new Set(batch.map((activity) => activity.orgUnit)));
    return [
      ...(await activitiesOf(ctx, { orgUnitIds: units })),
      ...(await activitiesOf(ctx, { ids: batch.map((activity) => activity.id) })),
    ];
  },
  facts: (activity): ActivityFacts => ({ year: activity.year }),
  check(activity, lookup) {
    const problems: RecordProblem[] = checkCompletion(activity).map((problem) => {
      const { path, message } = completionProblemMessage(problem);
      return { field: path, message, value: activity[path as keyof ActivityPackageRecord] };
    });
    const goal = lookup('goals', activity.goalId) as GoalFacts | undefined;
    if (
      goal &&
      (goal.validFromYear > activity.year || (goal.validToYear !== null && goal.validToYear < activity.year))
    ) {
      problems.push({
        field: 'goalId',
        message: errors.goal_not_in_force.text(activity.goalId, activity.year),
        value: activity.goalId,
      });
    }
    return problems;
  },
  write: saveImportedActivities,
};

export const activityStatusesSection: PackageSection<ActivityStatusPackageRecord> = {
  list: 'activityStatuses',
  label: activityStatusEntity.label,
  plural: 'aktivitetsstatusar',
  record: activityStatusPackageRecord,
  references: [
    { field: 'activityId', list: 'activities' },
    { field: 'reportingRoundId', list: 'reportingRounds' },
  ],
  key: (status) => status.id,
  title: (status) => `status (${status.status})`,
  naturalKey: (status) => `${status.activityId}|${status.reportingRoundId}`,
  order: (statuses) =>
    [...statuses].sort(
      (a, b) => compare(a.activityId, b.activityId) || compare(a.reportingRoundId, b.reportingRoundId),
    ),
  select: async (ctx, _scope, chosen) =>
    (await listStatuses(ctx.db, [...(chosen.get('activities') ?? [])])).map(withoutVersion),
  ...storedAs(activityStatusEntity),
  findExisting: existingUnder(
    activityStatusEntity,
    (status) => status.activityId,
    (ctx, activityIds) => listStatuses(ctx.db, activityIds),
  ),
  facts: () => null,
  check(status, lookup) {
    const round = lookup('reportingRounds', status.reportingRoundId) as
      | { kind: RoundKind; year: number }
      | undefined;
    const activity = lookup('activities', status.activityId) as ActivityFacts | undefined;
    if (round?.kind === 'budget') {
      return [
        {
          field: 'reportingRoundId',
          message: errors.budget_round.text(defaultRoundName(round.kind, round.year)),
          value: status.reportingRoundId,
        },
      ];
    }
    if (round && activity && round.year !== activity.year) {
      return [
        {
          field: 'reportingRoundId',
          message: errors.round_of_other_year.text(defaultRoundName(round.kind, round.year), activity.year),
          value: status.reportingRoundId,
        },
      ];
    }
    return [];
  },
};
