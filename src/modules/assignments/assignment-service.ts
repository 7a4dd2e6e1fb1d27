/**
 * Use cases for strategic assignments: a year's list (for a unit, with its status in a round), creating and
 * changing assignments and their recipients (the municipality's governors), a recipient's response and its
 * status per round (the recipient's reporters), and carrying the unfinished ones into the next year. Changes
 * go through the platform's one write path, which versions, logs, checks permissions and maps refusals;
 * these functions hold the rules.
 */
import { coreErrors } from '#core/errors.ts';
import { type ChangeLogEntry, listChanges } from '#platform/audit/change-log.ts';
import { write } from '#platform/context.ts';
import { nextSortOrder } from '#platform/db/entity-store.ts';
import { permits } from '../access/domain/index.ts';
import type { Ctx, Tx } from '../context.ts';
import { listGoalAreas } from '../goals/index.ts';
import { mayWrite } from '../module-policy.ts';
import { getOrgUnit, listOrgUnits } from '../organisation/index.ts';
import { findRound, getRound, listRounds } from '../planning/index.ts';
import type {
  AssignmentDetail,
  AssignmentInput,
  AssignmentList,
  AssignmentUpdate,
  AssignmentView,
  CarryResult,
  RecipientInput,
  RecipientPackageRecord,
  ResponseInput,
  StatusInput,
  StatusUpdate,
} from './contract.ts';
import {
  type Assignment,
  findAssignment,
  findRecipient,
  findStatus,
  listAssignments,
  listRecipients,
  listStatuses,
  type Recipient,
  type Status,
} from './db/assignment-repository.ts';
import { assignmentsToCarry, statusProblems, summarise } from './domain/assignment.ts';
import { assignmentsErrors as errors } from './messages.sv.ts';
import { assignmentEntity, recipientEntity, statusEntity } from './model.ts';

// Reading ----------------------------------------------------------------------------------------------

export async function getAssignmentRecord(ctx: Pick<Ctx, 'db'>, id: string): Promise<Assignment> {
  const assignment = await findAssignment(ctx.db, id);
  if (!assignment) {
    throw errors.assignment_not_found(id);
  }
  return assignment;
}

async function getRecipient(ctx: Pick<Ctx, 'db'>, id: string): Promise<Recipient> {
  const recipient = await findRecipient(ctx.db, id);
  if (!recipient) {
    throw errors.recipient_not_found(id);
  }
  return recipient;
}

async function getStatus(ctx: Pick<Ctx, 'db'>, id: string): Promise<Status> {
  const status = await findStatus(ctx.db, id);
  if (!status) {
    throw errors.status_not_found(id);
  }
  return status;
}

/** The assignments with their recipients (unit, goal area's name, statuses) and the year they came from. */
async function views(ctx: Pick<Ctx, 'db'>, assignments: readonly Assignment[]): Promise<AssignmentView[]> {
  const recipients = await listRecipients(ctx.db, { assignmentIds: assignments.map((item) => item.id) });
  const statuses = await listStatuses(ctx.db, { recipientIds: recipients.map((item) => item.id) });
  const units = new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit]));
  const areas = new Map((await listGoalAreas(ctx.db)).map((area) => [area.id, area.name]));
  const origins = new Map(
    (
      await listAssignments(ctx.db, {
        ids: assignments.flatMap((item) => (item.carriedFromId ? [item.carriedFromId] : [])),
      })
    ).map((origin) => [origin.id, origin.year]),
  );
  return assignments.map((assignment) => ({
    ...assignment,
    carriedFromYear: assignment.carriedFromId ? (origins.get(assignment.carriedFromId) ?? null) : null,
    recipients: recipients
      .filter((recipient) => recipient.assignmentId === assignment.id)
      .map((recipient) => {
        const unit = units.get(recipient.orgUnitId);
        return {
          ...recipient,
          unit: { id: recipient.orgUnitId, code: unit?.code ?? '', name: unit?.name ?? '' },
          goalArea: recipient.goalAreaId ? (areas.get(recipient.goalAreaId) ?? null) : null,
          statuses: statuses.filter((status) => status.recipientId === recipient.id),
        };
      }),
  }));
}

/**
 * A year's assignments; for a unit, those it received; with a round too, the count of its statuses there
 * and the sentence the documents write of it.
 */
export async function listYearAssignments(
  ctx: Ctx,
  query: { year: number; org?: string; round?: string },
): Promise<AssignmentList> {
  const org = query.org === undefined ? null : await getOrgUnit(ctx, query.org);
  const round = query.round === undefined ? null : await getRound(ctx, query.round);
  let assignments = await listAssignments(ctx.db, { year: query.year });
  if (org !== null) {
    const received = await listRecipients(ctx.db, {
      assignmentIds: assignments.map((item) => item.id),
      orgUnitIds: [org.id],
    });
    const ids = new Set(received.map((recipient) => recipient.assignmentId));
    assignments = assignments.filter((item) => ids.has(item.id));
  }
  const shown = await views(ctx, assignments);
  const summary =
    org === null || round === null
      ? null
      : summarise(
          shown.map(
            (assignment) =>
              assignment.recipients
                .find((recipient) => recipient.orgUnitId === org.id)
                ?.statuses.find((status) => status.reportingRoundId === round.id)?.status ?? null,
          ),
        );
  // Every recipient shown is the same unit in the same year (and round): one of them answers for all.
  const recipient = org === null ? undefined : shown[0]?.recipients.find((item) => item.orgUnitId === org.id);
  return {
    year: query.year,
    org: org === null ? null : { id: org.id, code: org.code, name: org.name },
    round,
    assignments: shown,
    summary,
    may: {
      give: await mayWrite(ctx, assignmentEntity.table, { year: query.year }),
      respond:
        recipient !== undefined &&
        (await mayWrite(ctx, recipientEntity.table, {
          orgUnitId: recipient.orgUnitId,
          assignmentId: recipient.assignmentId,
        })),
      report:
        recipient !== undefined &&
        round !== null &&
        (await mayWrite(ctx, statusEntity.table, { recipientId: recipient.id, reportingRoundId: round.id })),
    },
  };
}

/** One assignment, and the same assignment in the years it was carried from, nearest first. */
export async function getAssignment(ctx: Pick<Ctx, 'db'>, id: string): Promise<AssignmentDetail> {
  const assignment = await getAssignmentRecord(ctx, id);
  const earlier: Assignment[] = [];
  const seen = new Set([assignment.id]);
  for (let from = assignment.carriedFromId; from !== null && !seen.has(from); ) {
    const origin = await findAssignment(ctx.db, from);
    if (!origin) {
      break;
    }
    seen.add(origin.id);
    earlier.push(origin);
    from = origin.carriedFromId;
  }
  const [view, ...history] = await views(ctx, [assignment, ...earlier]);
  return { ...(view as AssignmentView), history };
}

// Assignments ------------------------------------------------------------------------------------------

/**
 * Giving and taking assignments is the municipality's governors' work. The tables' rule lets a recipient's
 * reporters write its row (for the response), so the use case asks for the exact capability.
 */
function requireGovern(ctx: Ctx, year: number): void {
  if (!permits(ctx.actor.grants, { capability: 'govern', unitId: null, year }, [])) {
    throw coreErrors.forbidden();
  }
}

async function checkGoalArea(ctx: Pick<Ctx, 'db'>, goalAreaId: string | null): Promise<void> {
  if (goalAreaId !== null && !(await listGoalAreas(ctx.db)).some((area) => area.id === goalAreaId)) {
    throw errors.goal_area_unknown(goalAreaId);
  }
}

async function insertRecipient(tx: Tx, assignment: Assignment, input: RecipientInput): Promise<Recipient> {
  const unit = await getOrgUnit(tx, input.orgUnitId);
  await checkGoalArea(tx, input.goalAreaId);
  const existing = await listRecipients(tx.db, { assignmentIds: [assignment.id], orgUnitIds: [unit.id] });
  if (existing.length > 0) {
    throw errors.recipient_exists(unit.name);
  }
  return tx.insert(recipientEntity, {
    assignmentId: assignment.id,
    orgUnitId: unit.id,
    response: input.response,
    goalAreaId: input.goalAreaId,
    source: null,
  });
}

export async function createAssignment(ctx: Ctx, input: AssignmentInput): Promise<AssignmentView> {
  requireGovern(ctx, input.year);
  const id = await write(ctx, async (tx) => {
    const { recipients, ...fields } = input;
    const sortOrder =
      fields.sortOrder ??
      (await nextSortOrder(tx.db, assignmentEntity, { year: String(fields.year), kind: fields.kind }));
    const assignment = await tx.insert(assignmentEntity, { ...fields, sortOrder, carriedFromId: null });
    for (const orgUnitId of new Set(recipients)) {
      await insertRecipient(tx, assignment, { orgUnitId, response: null, goalAreaId: null });
    }
    return assignment.id;
  });
  const [view] = await views(ctx, [await getAssignmentRecord(ctx, id)]);
  return view as AssignmentView;
}

export async function updateAssignment(ctx: Ctx, id: string, input: AssignmentUpdate): Promise<Assignment> {
  return write(ctx, async (tx) => {
    const current = await getAssignmentRecord(tx, id);
    const { version, ...patch } = input;
    return tx.update(assignmentEntity, current, version, patch);
  });
}

/** An assignment no one has reported on can go, with its recipients; one with statuses stays. */
export async function deleteAssignment(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await getAssignmentRecord(tx, id);
    requireGovern(tx, current.year);
    await tx.checkMayWrite(assignmentEntity, current);
    const recipients = await listRecipients(tx.db, { assignmentIds: [id] });
    if ((await listStatuses(tx.db, { recipientIds: recipients.map((item) => item.id) })).length > 0) {
      throw errors.assignment_has_statuses();
    }
    for (const recipient of recipients) {
      await tx.remove(recipientEntity, recipient, recipient.version);
    }
    await tx.remove(assignmentEntity, current, version);
  });
}

// Recipients -------------------------------------------------------------------------------------------

export async function addRecipient(
  ctx: Ctx,
  assignmentId: string,
  input: RecipientInput,
): Promise<Recipient> {
  return write(ctx, async (tx) => {
    const assignment = await getAssignmentRecord(tx, assignmentId);
    requireGovern(tx, assignment.year);
    return insertRecipient(tx, assignment, input);
  });
}

export async function removeRecipient(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const recipient = await getRecipient(tx, id);
    requireGovern(tx, (await getAssignmentRecord(tx, recipient.assignmentId)).year);
    if ((await listStatuses(tx.db, { recipientIds: [id] })).length > 0) {
      throw errors.recipient_has_statuses((await getOrgUnit(tx, recipient.orgUnitId)).name);
    }
    await tx.remove(recipientEntity, recipient, version);
  });
}

/** How the recipient takes care of the assignment: its reporters' words, with the goal area they belong to. */
export async function setResponse(ctx: Ctx, id: string, input: ResponseInput): Promise<Recipient> {
  return write(ctx, async (tx) => {
    const current = await getRecipient(tx, id);
    await tx.checkMayWrite(recipientEntity, current);
    await checkGoalArea(tx, input.goalAreaId);
    return tx.update(recipientEntity, current, input.version, {
      response: input.response,
      goalAreaId: input.goalAreaId,
    });
  });
}

// Statuses ---------------------------------------------------------------------------------------------

/** A status belongs to a follow-up round of the assignment's year. */
async function checkStatusRound(tx: Tx, recipientId: string, roundId: string): Promise<void> {
  const recipient = await findRecipient(tx.db, recipientId);
  if (!recipient) {
    throw errors.recipient_unknown(recipientId);
  }
  const round = await findRound(tx.db, roundId);
  if (!round) {
    throw errors.round_unknown(roundId);
  }
  const assignment = await getAssignmentRecord(tx, recipient.assignmentId);
  for (const problem of statusProblems(assignment.year, round)) {
    throw problem === 'round_other_year'
      ? errors.round_other_year(round.name, assignment.year)
      : errors.round_is_budget(round.name);
  }
}

export async function createStatus(ctx: Ctx, input: StatusInput): Promise<Status> {
  return write(ctx, async (tx) => {
    // Someone who may not report for the recipient is told so, rather than what else is wrong.
    await tx.checkMayWrite(statusEntity, { ...input, id: '', version: 0 });
    await checkStatusRound(tx, input.recipientId, input.reportingRoundId);
    return tx.insert(statusEntity, input);
  });
}

export async function updateStatus(ctx: Ctx, id: string, input: StatusUpdate): Promise<Status> {
  return write(ctx, async (tx) => {
    const current = await getStatus(tx, id);
    const { version, ...patch } = input;
    return tx.update(statusEntity, current, version, patch);
  });
}

// Carrying into the next year --------------------------------------------------------------------------

/**
 * Copies every assignment of `fromYear` that a recipient has not finished (its status in its latest round
 * is neither genomfört nor inte tillämpligt, or it has none) into `toYear`, linked to the original, with
 * the recipients that have not finished it and their responses. An assignment already carried is skipped,
 * so a second run creates nothing. Returns every row it inserted, so that the year rollover can undo it.
 */
export async function carryAssignmentsIntoYear(
  ctx: Ctx,
  years: { fromYear: number; toYear: number },
): Promise<CarryResult> {
  if (years.toYear <= years.fromYear) {
    throw errors.carry_years_reversed(years.fromYear, years.toYear);
  }
  return write(ctx, async (tx) => {
    requireGovern(tx, years.toYear);
    const assignments = await listAssignments(tx.db, { year: years.fromYear });
    const carried = new Set(
      (await listAssignments(tx.db, { carriedFromIds: assignments.map((item) => item.id) })).map(
        (copy) => copy.carriedFromId,
      ),
    );
    const open = assignments.filter((item) => !carried.has(item.id));
    const recipients = await listRecipients(tx.db, { assignmentIds: open.map((item) => item.id) });
    const statuses = await listStatuses(tx.db, { recipientIds: recipients.map((item) => item.id) });
    const roundKinds = new Map(
      (await listRounds(tx.db, years.fromYear)).map((round) => [round.id, round.kind]),
    );
    const chosen = assignmentsToCarry(
      open.map((item) => ({
        id: item.id,
        recipientIds: recipients.filter((r) => r.assignmentId === item.id).map((r) => r.id),
      })),
      statuses.flatMap((status) => {
        const roundKind = roundKinds.get(status.reportingRoundId);
        return roundKind ? [{ recipientId: status.recipientId, roundKind, status: status.status }] : [];
      }),
    );
    const created: CarryResult['created'] = [];
    const byId = new Map(open.map((item) => [item.id, item]));
    for (const { assignmentId, recipientIds } of chosen) {
      const found = byId.get(assignmentId);
      if (!found) {
        continue;
      }
      const { id: _id, version: _version, ...original } = found;
      const copy = await tx.insert(assignmentEntity, {
        ...original,
        year: years.toYear,
        carriedFromId: assignmentId,
      });
      created.push({ table: assignmentEntity.table, id: copy.id });
      for (const recipient of recipients.filter((item) => recipientIds.includes(item.id))) {
        const inserted = await tx.insert(recipientEntity, {
          assignmentId: copy.id,
          orgUnitId: recipient.orgUnitId,
          response: recipient.response,
          goalAreaId: recipient.goalAreaId,
          source: recipient.source,
        });
        created.push({ table: recipientEntity.table, id: inserted.id });
      }
    }
    return { created };
  });
}

// The data package -------------------------------------------------------------------------------------

/** Saves recipients from a data package, their units named by code. */
export async function saveImportedRecipients(
  tx: Tx,
  created: readonly RecipientPackageRecord[],
  updated: readonly { after: RecipientPackageRecord }[],
): Promise<void> {
  const units = new Map((await listOrgUnits(tx.db)).map((unit) => [unit.code, unit.id]));
  const values = ({ orgUnit, ...recipient }: RecipientPackageRecord) => ({
    ...recipient,
    orgUnitId: units.get(orgUnit) ?? orgUnit,
  });
  await tx.saveRecords(
    recipientEntity,
    created.map(values),
    updated.map(({ after }) => values(after)),
  );
}

/**
 * An assignment's whole history, oldest first: its own changes, and those of its recipients (their
 * planned responses) and of their statuses round by round – one list, as the assignment's page shows it.
 */
export async function assignmentHistory(ctx: Pick<Ctx, 'db'>, id: string): Promise<ChangeLogEntry[]> {
  const recipients = await ctx.db
    .selectFrom('assignment_recipient')
    .select('id')
    .where('assignment_id', '=', id)
    .execute();
  const statuses =
    recipients.length === 0
      ? []
      : await ctx.db
          .selectFrom('assignment_status')
          .select('id')
          .where(
            'recipient_id',
            'in',
            recipients.map((recipient) => recipient.id),
          )
          .execute();
  const lists = await Promise.all([
    listChanges(ctx.db, assignmentEntity.table, id),
    ...recipients.map((recipient) => listChanges(ctx.db, recipientEntity.table, recipient.id)),
    ...statuses.map((status) => listChanges(ctx.db, statusEntity.table, status.id)),
  ]);
  return lists.flat().sort((a, b) => Number(a.id) - Number(b.id));
}
