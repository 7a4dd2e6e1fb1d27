/**
 * Starting the next year: a preview that writes nothing, the run – every module's step in module order, in
 * one transaction, through the write path – and the undo, possible until someone edits what the rollover
 * created or changed (docs/adr/0024-year-rollover-and-successions.md).
 */
import type { AnyEntity } from '#core/entity.ts';
import { describeWhen } from '#core/history.ts';
import { dryRun, write } from '#platform/context.ts';
import { findById } from '#platform/db/entity-store.ts';
import type { Progress } from '#platform/jobs.ts';
import type { Ctx, Tx } from '../context.ts';
import type { YearRolloverStep } from '../module-definition.ts';
import type { RolloverDto, RolloverPreviewDto } from './contract.ts';
import {
  changeLogMark,
  findActiveRollover,
  findRollover,
  firstEditAfter,
  listRollovers,
  type YearRollover,
} from './db/rollover-repository.ts';
import { combineResults, countByTable, rolloverYears, undoPlan } from './domain/rollover.ts';
import { rolloverErrors as errors } from './messages.sv.ts';
import { yearRolloverEntity } from './model.ts';

type Steps = readonly YearRolloverStep[];

function alreadyDone(rollover: YearRollover) {
  return errors.already_done(
    rollover.fromYear,
    rollover.startedByName,
    describeWhen(new Date(rollover.finishedAt)),
  );
}

/**
 * What each step would do, each seeing what the steps before it would have done (the activities find the
 * goals the goals' step extends): the steps run in a transaction that is rolled back, so nothing is written.
 * Says so when the year has been started already.
 */
export async function previewRollover(ctx: Ctx, fromYear: number, steps: Steps): Promise<RolloverPreviewDto> {
  const years = rolloverYears(fromYear);
  const previews = await dryRun(ctx, async (tx) => {
    const found = [];
    for (const step of steps) {
      found.push({ name: step.name, label: step.label, ...(await step.preview(tx, years)) });
      await step.run(tx, years);
    }
    return found;
  });
  const done = await findActiveRollover(ctx.db, fromYear);
  return { ...years, steps: previews, refusal: done ? alreadyDone(done).message : null };
}

/** Refuses, before a job is queued, a year that has been started already. */
export async function checkMayStart(ctx: Ctx, fromYear: number): Promise<void> {
  const done = await findActiveRollover(ctx.db, fromYear);
  if (done) {
    throw alreadyDone(done);
  }
}

/**
 * Runs every step in one transaction: all or nothing. Progress is told per step. The change log's mark is
 * taken after the steps' own entries, so that any later entry on their records counts as an edit.
 */
export async function runRollover(
  ctx: Ctx,
  fromYear: number,
  steps: Steps,
  options: { progress?: Progress; jobId?: string | null } = {},
): Promise<RolloverDto> {
  const years = rolloverYears(fromYear);
  const { progress } = options;
  return write(ctx, async (tx) => {
    const draft = { fromYear, toYear: years.toYear, startedBy: tx.actor.userId };
    await tx.checkMayWrite(yearRolloverEntity, { id: '', version: 1, ...draft } as unknown as YearRollover);
    await checkMayStart(tx, fromYear);
    const results = [];
    for (const [index, step] of steps.entries()) {
      progress?.(index, steps.length, `${step.label} …`);
      results.push(await step.run(tx, years));
    }
    progress?.(steps.length, steps.length, 'Sparar årsskiftet …');
    const records = combineResults(results);
    const saved = await tx.insert(yearRolloverEntity, {
      ...draft,
      jobId: options.jobId ?? null,
      startedByName: tx.actor.name,
      finishedAt: new Date().toISOString(),
      ...records,
      changeLogMark: await changeLogMark(tx.db),
      undoneAt: null,
      undoneByName: null,
    });
    return view(tx, saved, steps);
  });
}

const entitiesOf = (steps: Steps) =>
  new Map<string, AnyEntity>(steps.flatMap((step) => step.entities.map((entity) => [entity.table, entity])));

/** Why a rollover can no longer be undone (the first later edit of one of its records), or null. */
async function undoRefusal(ctx: Pick<Ctx, 'db'>, rollover: YearRollover, steps: Steps) {
  if (rollover.undoneAt !== null) {
    return errors.already_undone(rollover.fromYear);
  }
  const edit = await firstEditAfter(ctx.db, rollover.changeLogMark, [
    ...rollover.created,
    ...rollover.changed,
  ]);
  if (edit) {
    const label = entitiesOf(steps).get(edit.table)?.label ?? `En post i ${edit.table}`;
    return errors.edited_since(label.toLowerCase(), edit.actorName, describeWhen(edit.createdAt));
  }
  return null;
}

async function view(ctx: Pick<Ctx, 'db'>, rollover: YearRollover, steps: Steps): Promise<RolloverDto> {
  const entities = entitiesOf(steps);
  const refusal = await undoRefusal(ctx, rollover, steps);
  const { created: _created, changed: _changed, startedBy: _by, changeLogMark: _mark, ...rest } = rollover;
  return {
    ...rest,
    counts: countByTable(rollover).map((count) => ({
      ...count,
      label: entities.get(count.table)?.label ?? count.table,
    })),
    undoable: refusal === null,
    undoRefusal: rollover.undoneAt === null ? (refusal?.message ?? null) : null,
  };
}

export async function listYearRollovers(ctx: Ctx, steps: Steps): Promise<RolloverDto[]> {
  const rollovers = await listRollovers(ctx.db);
  return Promise.all(rollovers.map((rollover) => view(ctx, rollover, steps)));
}

async function deleteCreated(tx: Tx, entity: AnyEntity, id: string) {
  const current = await findById(tx.db, entity, id);
  if (!current) {
    return; // deleted since: its deletion is in the change log, so the refusal above has already spoken
  }
  try {
    await tx.remove(entity, current, current.version);
  } catch (error) {
    // Something was registered on it afterwards (an outcome on a new round): the year is in use.
    if ((error as { code?: string }).code === '23503') {
      throw errors.in_use(entity.label.toLowerCase());
    }
    throw error;
  }
}

/**
 * Undoes a rollover in one transaction, through the write path so the change log records it: the created
 * records deleted (children first), the changed ones written back as they were.
 */
export async function undoRollover(
  ctx: Ctx,
  id: string,
  version: number,
  steps: Steps,
): Promise<RolloverDto> {
  return write(ctx, async (tx) => {
    const rollover = await findRollover(tx.db, id);
    if (!rollover) {
      throw errors.not_found(id);
    }
    await tx.checkMayWrite(yearRolloverEntity, rollover);
    const refusal = await undoRefusal(tx, rollover, steps);
    if (refusal) {
      throw refusal;
    }
    const entities = entitiesOf(steps);
    for (const action of undoPlan(rollover)) {
      const entity = entities.get(action.record.table);
      if (!entity) {
        throw errors.unknown_table(action.record.table);
      }
      if (action.kind === 'delete') {
        await deleteCreated(tx, entity, action.record.id);
      } else {
        const current = await findById(tx.db, entity, action.record.id);
        if (current) {
          await tx.update(entity, current, current.version, action.record.before as never);
        }
      }
    }
    const undone = await tx.update(yearRolloverEntity, rollover, version, {
      undoneAt: new Date().toISOString(),
      undoneByName: tx.actor.name,
    });
    return view(tx, undone, steps);
  });
}
