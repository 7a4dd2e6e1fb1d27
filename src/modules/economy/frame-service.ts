/**
 * Use cases for frames: the council's frame per board and year, frame adjustments between boards, and the
 * check of every board's budget against its adjusted frame.
 */
import { type ChangeLogEntry, listChangesMatching, mergeChanges } from '#platform/audit/change-log.ts';
import { write } from '#platform/context.ts';
import { findById, fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit, listOrganisation } from '../organisation/index.ts';
import { budgetTree } from './cached-sums.ts';
import type { FrameAdjustmentInput, FrameCheckDto, FrameInput, FrameUpdate } from './contract.ts';
import { adjustFrame, checkFrame, type FrameStatus } from './domain/frames.ts';
import { kronorFromOre, oreFromKronor } from './domain/kronor.ts';
import { forSubtree } from './domain/rollup.ts';
import { formatOre } from './domain/statement/index.ts';
import { economyErrors } from './messages.sv.ts';
import { frameAdjustmentEntity, frameEntity } from './model.ts';

const toFrame = (row: object) => fromRow(frameEntity, row as Record<string, unknown>);
const toAdjustment = (row: object) => fromRow(frameAdjustmentEntity, row as Record<string, unknown>);

export async function listFrames(ctx: Pick<Ctx, 'db'>, year: number) {
  return (await ctx.db.selectFrom('budget_frame').selectAll().where('year', '=', year).execute()).map(
    toFrame,
  );
}

/** The history of a year's frames and of the adjustments in force in it, removed ones too. */
export async function frameHistory(ctx: Pick<Ctx, 'db'>, year: number): Promise<ChangeLogEntry[]> {
  return mergeChanges(
    await listChangesMatching(ctx.db, [frameEntity.table], { year }),
    await listChangesMatching(ctx.db, [frameAdjustmentEntity.table], { fromYear: { atMost: year } }),
  );
}

/** The adjustments in force in `year`: those from that year or earlier. */
export async function listFrameAdjustments(ctx: Pick<Ctx, 'db'>, year: number) {
  const rows = await ctx.db
    .selectFrom('frame_adjustment')
    .selectAll()
    .where('from_year', '<=', year)
    .orderBy('from_year')
    .orderBy('created_at')
    .execute();
  return rows.map(toAdjustment);
}

export async function createFrame(ctx: Ctx, input: FrameInput) {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    return tx.insert(frameEntity, { ...input, orgUnitId: unit.id });
  });
}

export async function updateFrame(ctx: Ctx, id: string, input: FrameUpdate) {
  return write(ctx, async (tx) => {
    const current = await findById(tx.db, frameEntity, id);
    if (!current) {
      throw economyErrors.frame_not_found(id);
    }
    const { version, ...patch } = input;
    return tx.update(frameEntity, current, version, patch);
  });
}

export async function createFrameAdjustment(ctx: Ctx, input: FrameAdjustmentInput) {
  return write(ctx, async (tx) => {
    const [from, to] = [await getOrgUnit(tx, input.fromUnitId), await getOrgUnit(tx, input.toUnitId)];
    if (from.id === to.id) {
      throw economyErrors.adjustment_same_unit();
    }
    return tx.insert(frameAdjustmentEntity, { ...input, fromUnitId: from.id, toUnitId: to.id });
  });
}

export async function deleteFrameAdjustment(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await findById(tx.db, frameAdjustmentEntity, id);
    if (!current) {
      throw economyErrors.adjustment_not_found(id);
    }
    await tx.remove(frameAdjustmentEntity, current, version);
  });
}

const STATUS_TEXT: Readonly<Record<FrameStatus, (difference: string) => string>> = {
  within: (difference) => `Inom ram: ${difference} kvar.`,
  over: (difference) => `Över ram med ${difference}.`,
  balanced: () => 'Nollresultat, som självkostnaden kräver.',
  unbalanced: (difference) => `Inte nollresultat: nettokostnaden är ${difference}, men ska vara 0.`,
  noBudget: () => 'Ingen budget är lagd för året.',
};

/** Every frame of the year with its adjustments, the board's budget and whether it keeps within it. */
export async function checkFrames(ctx: Ctx, year: number): Promise<FrameCheckDto[]> {
  const [frames, adjustments, units, budget] = await Promise.all([
    listFrames(ctx, year),
    listFrameAdjustments(ctx, year),
    listOrganisation(ctx),
    budgetTree(ctx, year),
  ]);
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  const facts = adjustments.map((adjustment) => ({
    ...adjustment,
    amountOre: oreFromKronor(adjustment.amount),
  }));
  return frames
    .map((frame) => {
      const adjusted = adjustFrame(frame.orgUnitId, year, oreFromKronor(frame.amount), facts);
      const check = checkFrame(
        frame.kind,
        adjusted.adjustedOre,
        budget === null ? null : forSubtree(budget, frame.orgUnitId),
      );
      const difference =
        check.differenceOre === null
          ? ''
          : formatOre(check.differenceOre < 0n ? -check.differenceOre : check.differenceOre, 'tkr');
      return {
        frame,
        unitName: names.get(frame.orgUnitId) ?? frame.orgUnitId,
        adjustments: adjusted.adjustments.map((adjustment) => ({
          counterpart: names.get(adjustment.counterpartId) ?? adjustment.counterpartId,
          amount: kronorFromOre(adjustment.amountOre),
          reason: adjustment.reason,
        })),
        adjustedAmount: kronorFromOre(adjusted.adjustedOre),
        budgetNetCost: check.budgetNetCostOre === null ? null : kronorFromOre(check.budgetNetCostOre),
        difference: check.differenceOre === null ? null : kronorFromOre(check.differenceOre),
        status: check.status,
        message: STATUS_TEXT[check.status](`${difference} tkr`),
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv'));
}
