/**
 * The figures of investments, computed from what is recorded and never typed: a project's budget as it
 * stands at a round, its actual accumulated since its start, and a unit's adjusted frame. Exact öre
 * throughout (economy's money.ts); an investment's gross figures reuse economy's `GrossAmounts` with
 * `costs` as utgifter and `revenues` as inkomster, so that its conventions (net on the net-cost scale,
 * variances) apply unchanged.
 */
import type { GrossAmounts, Ore } from '#modules/economy/domain/index.ts';
import {
  type AmountKind,
  type FrameChangeKind,
  ROUND_KINDS,
  type RoundKind,
  roundIndex,
} from './investment.ts';

export interface AmountFact {
  readonly id: string;
  readonly projectId: string;
  readonly year: number;
  readonly kind: AmountKind;
  readonly round: RoundKind;
  /** Utgifter and inkomster, öre, as positive magnitudes. */
  readonly amounts: GrossAmounts;
  readonly note: string | null;
}

/** Net = utgifter − inkomster: a net expenditure is positive. */
export function netOf(amounts: GrossAmounts): Ore {
  return amounts.costs - amounts.revenues;
}

export function addAmounts(a: GrossAmounts | null, b: GrossAmounts | null): GrossAmounts | null {
  if (a === null) {
    return b;
  }
  return b === null ? a : { costs: a.costs + b.costs, revenues: a.revenues + b.revenues };
}

/** A net amount as gross figures: a frame or a decided budget is a net expenditure. */
export function asNet(net: Ore): GrossAmounts {
  return { costs: net, revenues: 0n };
}

/** The amounts of many projects, found by project, year, kind and round. */
export class AmountIndex {
  private readonly byKey = new Map<string, AmountFact>();

  constructor(facts: readonly AmountFact[]) {
    for (const fact of facts) {
      this.byKey.set(AmountIndex.key(fact.projectId, fact.year, fact.kind, fact.round), fact);
    }
  }

  private static key(projectId: string, year: number, kind: AmountKind, round: RoundKind): string {
    return `${projectId}|${year}|${kind}|${round}`;
  }

  get(projectId: string, year: number, kind: AmountKind, round: RoundKind): AmountFact | undefined {
    return this.byKey.get(AmountIndex.key(projectId, year, kind, round));
  }

  /**
   * The budget of a year as it stands at a round: the latest revision given at that round or before. The
   * budget document shows the budget as decided (`budget`), the interim report as revised by its round,
   * the annual report as revised by closing.
   */
  budgetAt(projectId: string, year: number, round: RoundKind): AmountFact | undefined {
    for (let index = roundIndex(round); index >= 0; index -= 1) {
      const fact = this.get(projectId, year, 'budget', ROUND_KINDS[index] as RoundKind);
      if (fact) {
        return fact;
      }
    }
    return undefined;
  }

  /**
   * The actual since the project started, through a year: the sum of the closed years' actuals (bokslut).
   * Null when no year through it is closed.
   */
  accumulatedActual(projectId: string, startYear: number, throughYear: number): GrossAmounts | null {
    let total: GrossAmounts | null = null;
    for (let year = startYear; year <= throughYear; year += 1) {
      total = addAmounts(total, this.get(projectId, year, 'actual', 'closing')?.amounts ?? null);
    }
    return total;
  }
}

// Frames ------------------------------------------------------------------------------------------------

export interface FrameFact {
  readonly year: number;
  readonly amountOre: Ore;
  readonly decision: string | null;
}

export interface FrameChangeFact {
  readonly id: string;
  readonly kind: FrameChangeKind;
  /** The year whose frame grows: the increased year, or the year rebudgeted to. */
  readonly year: number;
  /** Rebudgeting: the year the amount is taken from. */
  readonly fromYear: number | null;
  /** Öre, positive. */
  readonly amountOre: Ore;
  /** The round from which the change counts, in each year it touches. */
  readonly effectiveRound: RoundKind;
  readonly reason: string;
  readonly decision: string | null;
}

/** A change as it moves one year's frame: positive where it adds, negative where it takes. */
export interface AppliedChange {
  readonly change: FrameChangeFact;
  readonly amountOre: Ore;
}

export interface AdjustedFrame {
  readonly year: number;
  /** The frame as decided; null when none is recorded for the year. */
  readonly decided: FrameFact | null;
  readonly changes: readonly AppliedChange[];
  /** The decided frame (or nothing) plus the changes; null with neither. */
  readonly adjustedOre: Ore | null;
}

/** How a change moves a year's frame, or null when it does not touch the year. */
function applied(change: FrameChangeFact, year: number): AppliedChange | null {
  if (change.year === year) {
    return { change, amountOre: change.amountOre };
  }
  if (change.kind === 'rebudget' && change.fromYear === year) {
    return { change, amountOre: -change.amountOre };
  }
  return null;
}

/**
 * A unit's frame for a year as it stands at a round: the decided frame plus every increase and
 * rebudgeting that touches the year and counts from that round or an earlier one.
 */
export function adjustFrame(
  year: number,
  frame: FrameFact | null,
  changes: readonly FrameChangeFact[],
  round: RoundKind = 'closing',
): AdjustedFrame {
  const touching = changes
    .filter((change) => roundIndex(change.effectiveRound) <= roundIndex(round))
    .map((change) => applied(change, year))
    .filter((change) => change !== null);
  const adjustedOre =
    frame === null && touching.length === 0
      ? null
      : touching.reduce((sum, change) => sum + change.amountOre, frame?.amountOre ?? 0n);
  return { year, decided: frame, changes: touching, adjustedOre };
}
