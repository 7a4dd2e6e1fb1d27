/**
 * Use cases for activities: a unit's verksamhetsplan for a year, the activities in it, their status per
 * round, and carrying unfinished ones into the next year. Changes go through the platform's one write path,
 * which checks permissions and locks, versions, logs and maps refusals; these functions hold the rules.
 */

import { write } from '#platform/context.ts';
import { nextSortOrder } from '#platform/db/entity-store.ts';
import type { Ctx, Tx } from '../context.ts';
import { isInForce } from '../goals/domain/index.ts';
import { findGoal, type Goal, listGoals, listIndicators, listTargets } from '../goals/index.ts';
import { getOrgUnit, listOrgUnits, type OrgUnit } from '../organisation/index.ts';
import { getRound, listRounds, type ReportingRound } from '../planning/index.ts';
import type {
  ActivityInput,
  ActivityPackageRecord,
  ActivityPlanDto,
  ActivityUpdate,
  ActivityViewDto,
  CarryResult,
  StatusInput,
} from './contract.ts';
import {
  type Activity,
  type ActivityStatusRecord,
  findActivity,
  findStatus,
  listActivities,
  listStatuses,
} from './db/activity-repository.ts';
import { nextYearGoal } from './domain/carry.ts';
import {
  type CompletionFields,
  checkCompletion,
  completionOf,
  formatCompletion,
  isDueInRound,
} from './domain/completion.ts';
import { isUnfinished, latestStatus } from './domain/status.ts';
import { activitiesErrors as errors } from './messages.sv.ts';
import { activityEntity, activityStatusEntity } from './model.ts';

type Db = Pick<Ctx, 'db'>;

/** The unit's id and its ancestors' ids, nearest first. */
function unitPath(units: readonly OrgUnit[], unitId: string): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const path: string[] = [];
  for (let unit = byId.get(unitId); unit && !path.includes(unit.id); ) {
    path.push(unit.id);
    unit = unit.parentId === null ? undefined : byId.get(unit.parentId);
  }
  return path;
}

/** The unit's id and every unit's below it. */
function subtree(units: readonly OrgUnit[], unitId: string): string[] {
  const ids = [unitId];
  for (let index = 0; index < ids.length; index += 1) {
    ids.push(...units.filter((unit) => unit.parentId === ids[index]).map((unit) => unit.id));
  }
  return ids;
}

export async function getActivity(ctx: Db, id: string): Promise<Activity> {
  const activity = await findActivity(ctx.db, id);
  if (!activity) {
    throw errors.activity_not_found(id);
  }
  return activity;
}

// Reading -----------------------------------------------------------------------------------------------

interface ViewContext {
  readonly units: ReadonlyMap<string, OrgUnit>;
  readonly goals: ReadonlyMap<string, Goal>;
  readonly rounds: ReadonlyMap<string, ReportingRound>;
  readonly statuses: readonly ActivityStatusRecord[];
  readonly round: ReportingRound | null;
}

async function viewContext(
  ctx: Db,
  activities: readonly Activity[],
  round: ReportingRound | null,
): Promise<ViewContext> {
  const goalIds = [...new Set(activities.map((activity) => activity.goalId))];
  const statuses = await listStatuses(
    ctx.db,
    activities.map((activity) => activity.id),
  );
  const roundIds = [...new Set(statuses.map((status) => status.reportingRoundId))];
  return {
    units: new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit])),
    goals: new Map(
      (await listGoals(ctx.db, { ids: goalIds, includeRetired: true })).map((goal) => [goal.id, goal]),
    ),
    rounds: new Map(
      (roundIds.length === 0 ? [] : await listRounds(ctx.db, undefined, roundIds)).map((r) => [r.id, r]),
    ),
    statuses,
    round,
  };
}

function present(activity: Activity, context: ViewContext): ActivityViewDto {
  const completion = completionOf(activity);
  const responsible = context.units.get(activity.responsibleUnitId);
  const own = context.statuses.filter((status) => status.activityId === activity.id);
  const dated = own.flatMap((status) => {
    const round = context.rounds.get(status.reportingRoundId);
    return round ? [{ ...status, round }] : [];
  });
  const { round } = context;
  return {
    ...activity,
    completionText: formatCompletion(completion),
    goalName: context.goals.get(activity.goalId)?.name ?? '',
    responsibleUnit: {
      id: activity.responsibleUnitId,
      code: responsible?.code ?? '',
      name: responsible?.name ?? '',
    },
    due: round ? isDueInRound(completion, activity.year, round) : null,
    status: round ? (own.find((status) => status.reportingRoundId === round.id) ?? null) : null,
    latestStatus: latestStatus(dated)?.status ?? null,
  };
}

async function roundOf(ctx: Db, roundId: string | undefined): Promise<ReportingRound | null> {
  return roundId === undefined ? null : getRound(ctx, roundId);
}

export interface PlanQuery {
  readonly org: string;
  readonly year: number;
  readonly round?: string;
}

/** A unit's activities for a year, each with its status at the round asked for. */
export async function listUnitActivities(ctx: Db, query: PlanQuery): Promise<ActivityViewDto[]> {
  const unit = await getOrgUnit(ctx, query.org);
  const activities = await listActivities(ctx.db, { orgUnitIds: [unit.id], year: query.year });
  const context = await viewContext(ctx, activities, await roundOf(ctx, query.round));
  return activities.map((activity) => present(activity, context));
}

/**
 * The verksamhetsplan as 001:1542-1663 prints it: per goal, its indicators with the year's target and the
 * activities under it. The goals are those the activities stand under and the unit's own goals of the year
 * (so that a planner sees where to add one), the board's before the unit's.
 */
export async function getActivityPlan(ctx: Db, query: PlanQuery): Promise<ActivityPlanDto> {
  const unit = await getOrgUnit(ctx, query.org);
  const round = await roundOf(ctx, query.round);
  const activities = await listActivities(ctx.db, { orgUnitIds: [unit.id], year: query.year });
  const context = await viewContext(ctx, activities, round);
  const units = await listOrgUnits(ctx.db);
  const path = unitPath(units, unit.id).reverse();
  const own = await listGoals(ctx.db, { orgUnitId: unit.id, year: query.year });
  const options = await listGoals(ctx.db, { orgUnitIds: path, year: query.year });
  const goals = [...own, ...context.goals.values()]
    .filter((goal, index, all) => all.findIndex((other) => other.id === goal.id) === index)
    .sort(
      (a, b) =>
        path.indexOf(a.orgUnitId) - path.indexOf(b.orgUnitId) ||
        a.sortOrder - b.sortOrder ||
        a.name.localeCompare(b.name, 'sv'),
    );
  const indicators = await listIndicators(
    ctx.db,
    goals.map((goal) => goal.id),
  );
  const targets = await listTargets(
    ctx.db,
    indicators.map((indicator) => indicator.id),
    { from: query.year, to: query.year },
  );
  const code = (id: string) => context.units.get(id)?.code ?? '';
  return {
    orgUnit: { id: unit.id, code: unit.code, name: unit.name },
    year: query.year,
    round,
    rounds: (await listRounds(ctx.db, query.year)).filter((candidate) => candidate.kind !== 'budget'),
    goalOptions: options
      .sort((a, b) => path.indexOf(a.orgUnitId) - path.indexOf(b.orgUnitId) || a.sortOrder - b.sortOrder)
      .map((goal) => ({ id: goal.id, name: goal.name, orgUnitCode: code(goal.orgUnitId) })),
    goals: goals.map((goal) => ({
      id: goal.id,
      name: goal.name,
      orgUnitCode: code(goal.orgUnitId),
      indicators: indicators
        .filter((indicator) => indicator.goalId === goal.id)
        .map((indicator) => ({
          id: indicator.id,
          name: indicator.name,
          unit: indicator.unit,
          target:
            targets.find((target) => target.indicatorId === indicator.id && target.part === 'total')
              ?.notation ?? null,
        })),
      activities: activities
        .filter((activity) => activity.goalId === goal.id)
        .map((activity) => present(activity, context)),
    })),
  };
}

export async function getActivityDetail(ctx: Db, id: string) {
  const activity = await getActivity(ctx, id);
  const context = await viewContext(ctx, [activity], null);
  return { ...present(activity, context), statuses: [...context.statuses] };
}

// Planning ----------------------------------------------------------------------------------------------

/** The goal an activity stands under: in force in the plan's year, of the plan's unit or a unit above it. */
async function checkGoal(tx: Db, goalId: string, unit: OrgUnit, year: number): Promise<void> {
  const goal = await findGoal(tx.db, goalId);
  if (!goal) {
    throw errors.goal_unknown(goalId);
  }
  if (goal.retiredAt !== null || !isInForce(goal, year)) {
    throw errors.goal_not_in_force(goal.name, year);
  }
  if (!unitPath(await listOrgUnits(tx.db), unit.id).includes(goal.orgUnitId)) {
    throw errors.goal_of_other_unit(goal.name, unit.name);
  }
}

function checkCompletionFields(fields: CompletionFields): void {
  const problems = checkCompletion(fields);
  if (problems.length > 0) {
    throw errors.completion_invalid(problems);
  }
}

export async function createActivity(ctx: Ctx, input: ActivityInput): Promise<Activity> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    const responsible =
      input.responsibleUnitId === undefined ? unit : await getOrgUnit(tx, input.responsibleUnitId);
    const values = {
      ...input,
      orgUnitId: unit.id,
      responsibleUnitId: responsible.id,
      sortOrder:
        input.sortOrder ??
        (await nextSortOrder(tx.db, activityEntity, { org_unit_id: unit.id, year: String(input.year) })),
    };
    // The permission first: someone who may not plan here learns that, not what else is wrong.
    await tx.checkMayWrite(activityEntity, { ...values, id: '', version: 1 });
    checkCompletionFields(values);
    await checkGoal(tx, values.goalId, unit, values.year);
    return tx.insert(activityEntity, values);
  });
}

export async function updateActivity(ctx: Ctx, id: string, input: ActivityUpdate): Promise<Activity> {
  return write(ctx, async (tx) => {
    const current = await getActivity(tx, id);
    await tx.checkMayWrite(activityEntity, current);
    const { version, responsibleUnitId, ...rest } = input;
    const patch = {
      ...rest,
      ...(responsibleUnitId === undefined
        ? {}
        : { responsibleUnitId: (await getOrgUnit(tx, responsibleUnitId)).id }),
    };
    const next = { ...current, ...patch };
    checkCompletionFields(next);
    if (patch.goalId !== undefined && patch.goalId !== current.goalId) {
      await checkGoal(tx, next.goalId, await getOrgUnit(tx, current.orgUnitId), current.year);
    }
    return tx.update(activityEntity, current, version, patch);
  });
}

/** Removes an activity no one has reported on and that was not carried on: its history stays in the log. */
export async function deleteActivity(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await getActivity(tx, id);
    await tx.checkMayWrite(activityEntity, current);
    const statuses = await listStatuses(tx.db, [id]);
    if (statuses.length > 0) {
      throw errors.has_statuses(statuses.length);
    }
    const [carried] = await listActivities(tx.db, { carriedFromIds: [id] });
    if (carried) {
      throw errors.carried_on(carried.year);
    }
    await tx.remove(activityEntity, current, version);
  });
}

// Following up -----------------------------------------------------------------------------------------

/** Records the status at a round: a new one, or a change to the one there with the version the user read. */
export async function saveActivityStatus(
  ctx: Ctx,
  activityId: string,
  roundId: string,
  input: StatusInput,
): Promise<ActivityStatusRecord> {
  return write(ctx, async (tx) => {
    const activity = await getActivity(tx, activityId);
    const round = await getRound(tx, roundId);
    const current = await findStatus(tx.db, activity.id, round.id);
    const { version, ...patch } = input;
    const values = {
      activityId: activity.id,
      reportingRoundId: round.id,
      status: input.status,
      comment: patch.comment ?? current?.comment ?? null,
      source: patch.source ?? current?.source ?? null,
    };
    await tx.checkMayWrite(activityStatusEntity, { ...values, id: current?.id ?? '', version: 1 });
    if (round.kind === 'budget') {
      throw errors.budget_round(round.name);
    }
    if (round.year !== activity.year) {
      throw errors.round_of_other_year(round.name, activity.year);
    }
    if (current === null) {
      return tx.insert(activityStatusEntity, values);
    }
    if (version === undefined) {
      throw errors.status_version_required();
    }
    return tx.update(activityStatusEntity, current, version, patch);
  });
}

// Into the next year ------------------------------------------------------------------------------------

/**
 * Copies the activities of `fromYear` whose latest status is not "genomförd" into `toYear`, under the same
 * goal when it is still in force, else the unit's goal of the same name then (domain/carry.ts), each
 * linked to its original (`carriedFromId`). Idempotent: an activity already carried is left alone, so a
 * second run creates nothing. Returns every row it inserted, so a rollover can be undone.
 */
export async function carryActivitiesIntoYear(
  ctx: Ctx,
  options: { readonly fromYear: number; readonly toYear: number; readonly org?: string },
): Promise<CarryResult> {
  if (options.toYear <= options.fromYear) {
    throw errors.carry_years(options.fromYear, options.toYear);
  }
  return write(ctx, async (tx) => {
    const units = await listOrgUnits(tx.db);
    const orgUnitIds =
      options.org === undefined ? undefined : subtree(units, (await getOrgUnit(tx, options.org)).id);
    const activities = await listActivities(tx.db, { year: options.fromYear, orgUnitIds });
    const ids = activities.map((activity) => activity.id);
    const carried = new Set(
      (await listActivities(tx.db, { carriedFromIds: ids })).map((activity) => activity.carriedFromId),
    );
    const context = await viewContext(tx, activities, null);
    const goalUnits = [...new Set([...context.goals.values()].map((goal) => goal.orgUnitId))];
    const candidates = await listGoals(tx.db, { orgUnitIds: goalUnits, year: options.toYear });
    const result: CarryResult = { created: [], skipped: [] };
    for (const activity of activities) {
      if (carried.has(activity.id) || !isUnfinished(present(activity, context).latestStatus)) {
        continue;
      }
      const goal = context.goals.get(activity.goalId);
      const next = goal ? nextYearGoal(goal, options.toYear, candidates) : null;
      if (!next) {
        result.skipped.push({
          activityId: activity.id,
          text: activity.text,
          reason: `Målet ”${goal?.name ?? activity.goalId}” har ingen motsvarighet ${options.toYear}.`,
        });
        continue;
      }
      const { id, version: _version, ...fields } = activity;
      const copy = await tx.insert(activityEntity, {
        ...fields,
        year: options.toYear,
        goalId: next.id,
        carriedFromId: id,
      });
      result.created.push({ table: activityEntity.table, id: copy.id });
    }
    return result;
  });
}

// The data package -------------------------------------------------------------------------------------

/** Saves activities from a data package, their units named by code. */
export async function saveImportedActivities(
  tx: Tx,
  created: readonly ActivityPackageRecord[],
  updated: readonly { after: ActivityPackageRecord }[],
): Promise<void> {
  const units = new Map((await listOrgUnits(tx.db)).map((unit) => [unit.code, unit.id]));
  const values = ({ orgUnit, responsibleUnit, ...activity }: ActivityPackageRecord) => ({
    ...activity,
    orgUnitId: units.get(orgUnit) ?? orgUnit,
    responsibleUnitId: units.get(responsibleUnit) ?? responsibleUnit,
  });
  await tx.saveRecords(
    activityEntity,
    created.map(values),
    updated.map(({ after }) => values(after)),
  );
}
