/**
 * Use cases of the reporting week: a unit's part of a round, its moves (with who may make each), the
 * progress of every unit under a board or administration, and the lock an approved part or a closed round
 * puts on its outcomes and assessments.
 */
import { sql } from 'kysely';
import type { Capability } from '#core/actor.ts';
import type { EntityDto } from '#core/entity.ts';
import { coreErrors, staleVersion } from '#core/errors.ts';
import { swedishToday } from '#core/format.ts';
import { write } from '#platform/context.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import { permits } from '../access/domain/index.ts';
import type { Ctx } from '../context.ts';
import { listGoals } from '../goals/index.ts';
import { subtreeIds, unitPath } from '../organisation/domain/index.ts';
import { getOrgUnit, listOrgUnits, type OrgUnit } from '../organisation/index.ts';
import { getRound, type ReportingRound } from '../planning/index.ts';
import { approvalRefusals } from './approval-checks.ts';
import {
  actionsFrom,
  isDone,
  isLate,
  lockReason,
  type PartAction,
  type PartState,
  progressText,
  transitionOf,
} from './domain/round-part.ts';
import { reportingErrors } from './messages.sv.ts';
import { roundPartEntity } from './model.ts';

type RoundPart = EntityDto<typeof roundPartEntity>;

export interface PartView {
  readonly round: ReportingRound;
  readonly unit: { readonly id: string; readonly code: string; readonly name: string };
  readonly state: PartState;
  readonly comment: string | null;
  /** The stored part's id and version; null while no one has started. */
  readonly id: string | null;
  readonly version: number | null;
  readonly late: boolean;
  /** Why nothing of the part can be changed now (the lock's message), or null while it is open. */
  readonly locked: string | null;
  /** What the signed-in user may do with it now. */
  readonly actions: PartAction[];
  /**
   * Why approving would be refused now (the approval checks' sentence), asked only for a user offered
   * "Godkänn" on the part's own page: the checks are a full consistency check, too much for every read.
   */
  readonly approvalBlocked: string | null;
}

let kept = { minute: Number.NaN, date: '' };

/** Today in Sweden, as a date: deadlines are Swedish dates. Formatted once a minute, not for every read. */
export function today(): string {
  const minute = Math.floor(Date.now() / 60_000);
  if (minute !== kept.minute) {
    kept = { minute, date: swedishToday() };
  }
  return kept.date;
}

export async function findPart(
  ctx: Pick<Ctx, 'db'>,
  roundId: string,
  unitId: string,
): Promise<RoundPart | null> {
  const row = await ctx.db
    .selectFrom('round_part')
    .selectAll()
    .where('reporting_round_id', '=', roundId)
    .where('org_unit_id', '=', unitId)
    .executeTakeFirst();
  return row ? fromRow(roundPartEntity, row) : null;
}

export function mayOn(ctx: Ctx, path: readonly string[], year: number) {
  return (capability: Capability) =>
    permits(ctx.actor.grants, { capability, unitId: path[0] ?? null, year }, path);
}

/** What everyone sees of a part: the round, the unit and its ancestors (for grants), the stored part. */
interface PartBase {
  readonly round: ReportingRound;
  readonly unit: { readonly id: string; readonly code: string; readonly name: string };
  readonly path: readonly string[];
  readonly part: RoundPart | null;
}

async function loadPartBase(ctx: Ctx, roundId: string, unitRef: string): Promise<PartBase> {
  const [round, unit] = await Promise.all([getRound(ctx, roundId), getOrgUnit(ctx, unitRef)]);
  return {
    round,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    path: unitPath(await listOrgUnits(ctx.db), unit.id),
    part: await findPart(ctx, round.id, unit.id),
  };
}

/**
 * The part as the actor sees it, and what the actor may do on its unit in the round's year. What does not
 * depend on the actor is kept until the next write (a reporting week's hundreds of readers share it).
 */
export async function readPart(
  ctx: Ctx,
  roundId: string,
  unitRef: string,
): Promise<{ view: PartView; may: (capability: Capability) => boolean }> {
  const key = `reporting.part|${roundId}|${unitRef.trim().toUpperCase()}`;
  const { round, unit, path, part } = await ctx.cache.get(key, () => loadPartBase(ctx, roundId, unitRef));
  const state = part?.state ?? 'notStarted';
  const may = mayOn(ctx, path, round.year);
  const view: PartView = {
    round,
    unit,
    state,
    comment: part?.comment ?? null,
    id: part?.id ?? null,
    version: part?.version ?? null,
    late: isLate(state, round.deadline, today()),
    locked: lockMessage(round, unit, state),
    actions: round.closed ? [] : actionsFrom(state, may),
    approvalBlocked: null,
  };
  return { view, may };
}

/** The part as its panel shows it: with the reason an offered approval would be refused, said beforehand. */
export async function getPart(ctx: Ctx, roundId: string, unitRef: string): Promise<PartView> {
  const { view } = await readPart(ctx, roundId, unitRef);
  return view.actions.includes('approve')
    ? { ...view, approvalBlocked: await approvalRefusals(ctx, view) }
    : view;
}

/** Why nothing of the part can be changed now (the lock's message), or null while it is open. */
function lockMessage(round: ReportingRound, unit: { name: string }, state: PartState): string | null {
  const reason = lockReason(round.closed, state);
  if (reason === 'roundClosed') {
    return reportingErrors.round_closed.text(round.name);
  }
  return reason === 'partApproved' ? reportingErrors.part_approved.text(unit.name, round.name) : null;
}

/**
 * Moves a unit's part: the action must lead somewhere from where the part is, the actor must hold the
 * action's capability on the unit in the round's year, and sending back or reopening needs a comment.
 * `version` is the part's as read (null when it was not started), so two people cannot both move it.
 */
export async function actOnPart(
  ctx: Ctx,
  input: {
    roundId: string;
    unit: string;
    action: PartAction;
    comment: string | null;
    version: number | null;
  },
): Promise<PartView> {
  const { view } = await readPart(ctx, input.roundId, input.unit);
  const transition = transitionOf(input.action);
  if (view.round.closed) {
    throw reportingErrors.round_closed(view.round.name);
  }
  if (!transition.from.includes(view.state)) {
    throw reportingErrors.action_not_allowed(input.action, view.state);
  }
  // The view's actions are the moves this actor may make from this state: the permission is decided once.
  if (!view.actions.includes(input.action)) {
    throw coreErrors.forbidden();
  }
  if (transition.needsComment && !input.comment) {
    throw reportingErrors.comment_required(input.action);
  }
  // What other modules require before an approval (consistency: no open "fel"), through the plug-in point.
  const refusal = input.action === 'approve' ? await approvalRefusals(ctx, view) : null;
  if (refusal !== null) {
    throw reportingErrors.approval_blocked(refusal);
  }
  await write(ctx, async (tx) => {
    const current = await findPart(tx, view.round.id, view.unit.id);
    if (current === null) {
      if (input.version !== null) {
        throw staleVersion(roundPartEntity.label);
      }
      await tx.insert(roundPartEntity, {
        reportingRoundId: view.round.id,
        orgUnitId: view.unit.id,
        state: transition.to,
        comment: input.comment,
      });
    } else {
      await tx.update(roundPartEntity, current, input.version ?? -1, {
        state: transition.to,
        comment: input.comment,
      });
    }
  });
  return getPart(ctx, input.roundId, input.unit);
}

/** The units from `rootId` down, each before its children, siblings in their order: as the tree shows them. */
function treeOrder(units: readonly OrgUnit[], rootId: string): OrgUnit[] {
  const children = (parentId: string) =>
    units
      .filter((unit) => unit.parentId === parentId)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv'));
  const walk = (unit: OrgUnit): OrgUnit[] => [unit, ...children(unit.id).flatMap(walk)];
  const root = units.find((unit) => unit.id === rootId);
  return root ? walk(root) : [];
}

export interface ProgressRow {
  readonly unit: { readonly id: string; readonly code: string; readonly name: string };
  readonly state: PartState;
  readonly comment: string | null;
  readonly late: boolean;
}

export interface RoundProgress {
  readonly round: ReportingRound;
  readonly org: { readonly id: string; readonly code: string; readonly name: string };
  readonly done: number;
  readonly total: number;
  /** "12 av 18 enheter klara" */
  readonly summary: string;
  readonly late: number;
  readonly units: ProgressRow[];
}

/**
 * Every unit under `org` (itself included) that reports in the round – it has goals valid in the year, or
 * someone has started its part – with its state, in the organisation's order.
 */
export async function roundProgress(ctx: Ctx, roundId: string, orgRef: string): Promise<RoundProgress> {
  const [round, org] = await Promise.all([getRound(ctx, roundId), getOrgUnit(ctx, orgRef)]);
  const units = await listOrgUnits(ctx.db, round.year);
  const goals = await listGoals(ctx.db, { orgUnitIds: [...subtreeIds(units, org.id)], year: round.year });
  const parts = await ctx.db
    .selectFrom('round_part')
    .selectAll()
    .where('reporting_round_id', '=', round.id)
    .execute();
  const partOf = new Map(parts.map((row) => [row.org_unit_id, fromRow(roundPartEntity, row)]));
  const reporting = new Set([...goals.map((goal) => goal.orgUnitId), ...partOf.keys()]);
  const date = today();
  const rows = treeOrder(units, org.id)
    .filter((unit) => reporting.has(unit.id))
    .map((unit): ProgressRow => {
      const part = partOf.get(unit.id);
      const state = part?.state ?? 'notStarted';
      return {
        unit: { id: unit.id, code: unit.code, name: unit.name },
        state,
        comment: part?.comment ?? null,
        late: isLate(state, round.deadline, date),
      };
    });
  const done = rows.filter((row) => isDone(row.state)).length;
  return {
    round,
    org: { id: org.id, code: org.code, name: org.name },
    done,
    total: rows.length,
    summary: progressText(done, rows.length),
    late: rows.filter((row) => row.late).length,
    units: rows,
  };
}

/** Where a record sits under a round's lock: its round, and its unit (null when it has none). */
export interface RoundPlace {
  readonly roundId: unknown;
  readonly unitId: string | null;
}

/**
 * The lock on a round's outcomes and assessments: none once the round is closed, and none of a unit whose
 * part is approved. Asked by the policy for every such record written.
 */
export async function checkRoundOpen(
  ctx: Pick<Ctx, 'db'>,
  roundId: unknown,
  unitId: string | null,
): Promise<void> {
  await checkRoundsOpen(ctx, [{ roundId, unitId }]);
}

/**
 * checkRoundOpen for many records at once (an import's batch): their rounds and approved parts in at most
 * two queries, and the refusal of the first locked record, as asking them one by one would give it.
 */
export async function checkRoundsOpen(ctx: Pick<Ctx, 'db'>, places: readonly RoundPlace[]): Promise<void> {
  await checkRoundsOpenLazily(
    ctx,
    places.map((place) => place.roundId),
    async () => places.map((place) => place.unitId),
  );
}

/**
 * checkRoundsOpen where finding the records' units costs a query of its own (an outcome's unit is its
 * goal's): `unitsOf` gives the unit of each record, in the order of `roundIds`, and is asked only when one of
 * the rounds has an approved part – for most batches of an import, none has.
 */
export async function checkRoundsOpenLazily(
  ctx: Pick<Ctx, 'db'>,
  roundIdsOfRecords: readonly unknown[],
  unitsOf: () => Promise<readonly (string | null)[]>,
): Promise<void> {
  const roundIds = [...new Set(roundIdsOfRecords.map(String))];
  if (roundIds.length === 0) {
    return;
  }
  const rounds = await ctx.db
    .selectFrom('reporting_round')
    .select(['id', 'name', 'closed'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('round_part')
            .select('round_part.id')
            .whereRef('round_part.reporting_round_id', '=', 'reporting_round.id')
            // A literal, not a parameter, so that the planner may use the partial index of approved parts.
            .where('round_part.state', '=', sql.lit('approved')),
        )
        .as('hasApproved'),
    )
    .where('id', '=', sql<string>`any(${roundIds}::uuid[])`)
    .execute();
  const roundOf = new Map(rounds.map((round) => [round.id, round]));
  const withApproved = rounds.filter((round) => round.hasApproved);
  const units: readonly (string | null)[] =
    withApproved.length > 0 ? await unitsOf() : roundIdsOfRecords.map(() => null);
  const unitIds = [...new Set(units.flatMap((unitId) => (unitId === null ? [] : [unitId])))];
  const approved = new Set<string>();
  if (unitIds.length > 0) {
    const parts = await ctx.db
      .selectFrom('round_part')
      .select(['reporting_round_id', 'org_unit_id', 'state'])
      .where('reporting_round_id', '=', sql<string>`any(${withApproved.map((round) => round.id)}::uuid[])`)
      .where('org_unit_id', '=', sql<string>`any(${unitIds}::uuid[])`)
      .where('state', '=', 'approved')
      .execute();
    for (const part of parts) {
      approved.add(`${part.reporting_round_id}|${part.org_unit_id}`);
    }
  }
  for (const [index, roundId] of roundIdsOfRecords.entries()) {
    const unitId = units[index] ?? null;
    // Ids as the database spells them: a uuid compares equal in any case.
    const round = roundOf.get(String(roundId).toLowerCase());
    if (!round) {
      continue;
    }
    const isApproved = unitId !== null && approved.has(`${round.id}|${unitId.toLowerCase()}`);
    const reason = lockReason(round.closed, isApproved ? 'approved' : null);
    if (reason === 'roundClosed') {
      throw reportingErrors.round_closed(round.name);
    }
    if (reason === 'partApproved' && unitId !== null) {
      const unit = await ctx.db
        .selectFrom('org_unit')
        .select('name')
        .where('id', '=', unitId)
        .executeTakeFirst();
      throw reportingErrors.part_approved(unit?.name ?? '', round.name);
    }
  }
}
