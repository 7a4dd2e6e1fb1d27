/**
 * Indicators whose figures are computed from another module's data, never typed: budget variance from the
 * ledger, units in balance, remaining investment room (issue 6, point 9). The goals module knows only this
 * contract; the modules that own the data offer their computations in their manifests, and the registry
 * hands them over here once, at start. Computed figures join the typed outcomes before the one evaluation
 * (ADR 0011), so statuses, verdict suggestions, tables and checks read them like any other outcome.
 */
import type { DecimalString } from '#core/decimal.ts';
import type { Month } from '#core/period.ts';
import type { Ctx } from '../context.ts';
import type { ReportingRound } from '../planning/index.ts';

/** One computed figure of one unit in one round. */
export interface ComputedFigure {
  readonly roundId: string;
  readonly year: number;
  /** The last month the figure covers: 12 for a closing or a full-year forecast. */
  readonly toMonth: Month;
  readonly isForecast: boolean;
  /** The figure, or null with the reason it cannot be computed (shown as "ingen uppgift"). */
  readonly value: DecimalString | null;
  readonly reason: string | null;
  /** Where the figure comes from, in Swedish, with the amounts it is computed from. */
  readonly basis: string;
}

export interface IndicatorComputation {
  /** Stored on the indicator: "economy.budgetVariance". */
  readonly key: string;
  readonly label: string;
  /** The formula in words, shown where the indicator is edited and in the figures' footnotes. */
  readonly description: string;
  readonly unit: string;
  /**
   * The unit's figures for those of `rounds` the source has data for; a round it has nothing for is left
   * out, so a typed outcome (history from before the data was loaded) shows there instead.
   */
  compute(
    ctx: Pick<Ctx, 'db' | 'cache'>,
    request: { readonly orgUnitId: string; readonly rounds: readonly ReportingRound[] },
  ): Promise<readonly ComputedFigure[]>;
}

let computations: ReadonlyMap<string, IndicatorComputation> = new Map();

/** Called once by the registry with every module's computations. */
export function provideIndicatorComputations(list: readonly IndicatorComputation[]): void {
  computations = new Map(list.map((computation) => [computation.key, computation]));
}

export function findIndicatorComputation(key: string): IndicatorComputation | undefined {
  return computations.get(key);
}

export function listIndicatorComputations(): IndicatorComputation[] {
  return [...computations.values()];
}
