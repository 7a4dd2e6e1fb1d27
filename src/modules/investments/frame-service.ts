/**
 * Use cases for a unit's investment frame: the frame per year with its decision, the changes to it – an
 * increase (utökad ram) or a rebudgeting (ombudgetering) from one year to another – and the frame as
 * adjusted by them, computed (domain/figures.ts).
 */
import { write } from '#platform/context.ts';
import { findById } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { kronorFromOre, oreFromKronor } from '../economy/domain/index.ts';
import { getOrgUnit } from '../organisation/index.ts';
import type {
  FrameChangeInput,
  FrameChangeUpdate,
  FrameInput,
  FrameUpdate,
  FrameYearDto,
} from './contract.ts';
import { type Frame, type FrameChange, listFrameChanges, listFrames } from './db/investment-repository.ts';
import { adjustFrame, type FrameChangeFact, type FrameFact } from './domain/figures.ts';
import { checkFrameChange, type FrameChangeFacts } from './domain/investment.ts';
import { investmentsErrors as errors } from './messages.sv.ts';
import { frameChangeEntity, frameEntity } from './model.ts';

export function frameFact(frame: Frame): FrameFact {
  return { year: frame.year, amountOre: oreFromKronor(frame.amount), decision: frame.decision };
}

export function frameChangeFact(change: FrameChange): FrameChangeFact {
  return { ...change, amountOre: oreFromKronor(change.amount) };
}

/** Every year the unit has a frame or a change for: the frame as decided, its changes and as adjusted. */
export async function listFrameYears(ctx: Pick<Ctx, 'db'>, org: string): Promise<FrameYearDto[]> {
  const unit = await getOrgUnit(ctx, org);
  const [frames, changes] = await Promise.all([
    listFrames(ctx.db, { orgUnitIds: [unit.id] }),
    listFrameChanges(ctx.db, { orgUnitIds: [unit.id] }),
  ]);
  const byId = new Map(changes.map((change) => [change.id, change]));
  const byYear = new Map(frames.map((frame) => [frame.year, frame]));
  const years = [
    ...new Set([
      ...frames.map((frame) => frame.year),
      ...changes.flatMap((change) => [change.year, ...(change.fromYear === null ? [] : [change.fromYear])]),
    ]),
  ].sort((a, b) => a - b);
  const facts = changes.map(frameChangeFact);
  return years.map((year) => {
    const frame = byYear.get(year) ?? null;
    const adjusted = adjustFrame(year, frame ? frameFact(frame) : null, facts);
    return {
      year,
      frame,
      changes: adjusted.changes.map(({ change, amountOre }) => ({
        change: byId.get(change.id) as FrameChange,
        amount: kronorFromOre(amountOre),
      })),
      adjusted: adjusted.adjustedOre === null ? null : kronorFromOre(adjusted.adjustedOre),
    };
  });
}

async function getFrame(ctx: Pick<Ctx, 'db'>, id: string): Promise<Frame> {
  const frame = await findById(ctx.db, frameEntity, id);
  if (!frame) {
    throw errors.frame_not_found(id);
  }
  return frame;
}

export async function createFrame(ctx: Ctx, input: FrameInput): Promise<Frame> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    return tx.insert(frameEntity, { ...input, orgUnitId: unit.id });
  });
}

export async function updateFrame(ctx: Ctx, id: string, input: FrameUpdate): Promise<Frame> {
  return write(ctx, async (tx) => {
    const current = await getFrame(tx, id);
    const { version, ...patch } = input;
    return tx.update(frameEntity, current, version, patch);
  });
}

export async function deleteFrame(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(frameEntity, await getFrame(tx, id), version));
}

// Changes ----------------------------------------------------------------------------------------------

function checkedChange(change: FrameChangeFacts): void {
  const [rule] = checkFrameChange(change);
  if (rule) {
    throw errors.frame_change_invalid(rule);
  }
}

async function getFrameChange(ctx: Pick<Ctx, 'db'>, id: string): Promise<FrameChange> {
  const change = await findById(ctx.db, frameChangeEntity, id);
  if (!change) {
    throw errors.frame_change_not_found(id);
  }
  return change;
}

export async function createFrameChange(ctx: Ctx, input: FrameChangeInput): Promise<FrameChange> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    checkedChange(input);
    return tx.insert(frameChangeEntity, { ...input, orgUnitId: unit.id });
  });
}

export async function updateFrameChange(
  ctx: Ctx,
  id: string,
  input: FrameChangeUpdate,
): Promise<FrameChange> {
  return write(ctx, async (tx) => {
    const current = await getFrameChange(tx, id);
    const { version, ...patch } = input;
    checkedChange({ ...current, ...patch });
    return tx.update(frameChangeEntity, current, version, patch);
  });
}

export async function deleteFrameChange(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(frameChangeEntity, await getFrameChange(tx, id), version));
}
