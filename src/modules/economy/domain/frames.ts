/**
 * Frames and their adjustments (domain.md §2.11, §3.4): a board's adjusted frame for a year is the frame
 * decided plus what other boards' frames moved to it, minus what moved from it, counting every adjustment
 * from its first year on. Its budget – net cost, costs minus revenues, over the board and everything under
 * it – must stay within the adjusted frame; a unit funded by internal prices must budget a zero net.
 */
import type { GrossAmounts } from './statement/index.ts';

export interface FrameAdjustmentFact {
  readonly fromUnitId: string;
  readonly toUnitId: string;
  /** Öre, positive: moved from one board to the other. */
  readonly amountOre: bigint;
  readonly fromYear: number;
  readonly reason: string;
}

export interface AppliedAdjustment {
  /** The board on the other side. */
  readonly counterpartId: string;
  /** Öre, signed as it changes this board's frame. */
  readonly amountOre: bigint;
  readonly reason: string;
}

export interface AdjustedFrame {
  readonly frameOre: bigint;
  readonly adjustments: readonly AppliedAdjustment[];
  readonly adjustedOre: bigint;
}

export function adjustFrame(
  unitId: string,
  year: number,
  frameOre: bigint,
  adjustments: readonly FrameAdjustmentFact[],
): AdjustedFrame {
  const applied = adjustments
    .filter((adjustment) => adjustment.fromYear <= year)
    .flatMap((adjustment): AppliedAdjustment[] => {
      if (adjustment.toUnitId === unitId) {
        return [
          {
            counterpartId: adjustment.fromUnitId,
            amountOre: adjustment.amountOre,
            reason: adjustment.reason,
          },
        ];
      }
      if (adjustment.fromUnitId === unitId) {
        return [
          { counterpartId: adjustment.toUnitId, amountOre: -adjustment.amountOre, reason: adjustment.reason },
        ];
      }
      return [];
    });
  const adjustedOre = applied.reduce((sum, adjustment) => sum + adjustment.amountOre, frameOre);
  return { frameOre, adjustments: applied, adjustedOre };
}

export type FrameStatus = 'within' | 'over' | 'balanced' | 'unbalanced' | 'noBudget';

export interface FrameCheck {
  readonly status: FrameStatus;
  /** The budget's net cost (costs − revenues), öre; null without a budget. */
  readonly budgetNetCostOre: bigint | null;
  /** Frame minus budget net cost: room left (positive) or overrun (negative); for self-cost, minus the net. */
  readonly differenceOre: bigint | null;
}

export function checkFrame(
  kind: 'frame' | 'selfCost',
  adjustedOre: bigint,
  budget: GrossAmounts | null,
): FrameCheck {
  if (budget === null) {
    return { status: 'noBudget', budgetNetCostOre: null, differenceOre: null };
  }
  const netCost = budget.costs - budget.revenues;
  if (kind === 'selfCost') {
    return {
      status: netCost === 0n ? 'balanced' : 'unbalanced',
      budgetNetCostOre: netCost,
      differenceOre: -netCost,
    };
  }
  const difference = adjustedOre - netCost;
  return {
    status: difference >= 0n ? 'within' : 'over',
    budgetNetCostOre: netCost,
    differenceOre: difference,
  };
}
