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
import { getGoal } from './goal-service.ts';

/** One computed figure of one unit in one round. */
export interface ComputedFigure {
  readonly roundId: string;
  readonly year: number;
  /** The last month the figure covers: 12 for a closing or a full-year forecast. */
  readonly toMonth: Month;
  readonly isForecast: boolean;
  /** The figure, or null with the reason it cannot be computed (shown as "ingen uppgift"). */
  readonly value: DecimalString | null;
  /** The gender parts, where the source has them (a personnel figure). */
  readonly women?: DecimalString | null;
  readonly men?: DecimalString | null;
  readonly reason: string | null;
  /** Where the figure comes from, in Swedish, with the amounts it is computed from. */
  readonly basis: string;
}

export interface IndicatorComputation {
  /**
   * Stored on the indicator: "economy.budgetVariance"; for a computation that takes an argument (which volume
   * measure), the key, a colon and the argument: "volumes.measure:<id>".
   */
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
    request: {
      readonly orgUnitId: string;
      readonly rounds: readonly ReportingRound[];
      /** What follows the colon of the indicator's key; null for a computation without argument. */
      readonly argument: string | null;
    },
  ): Promise<readonly ComputedFigure[]>;
  /** For a computation that takes an argument: what a unit's indicators may choose, with Swedish labels. */
  choices?(ctx: Pick<Ctx, 'db'>, orgUnitId: string): Promise<readonly { argument: string; label: string }[]>;
}

/** A computation as an indicator names it: which one, and its argument. */
export interface ChosenComputation {
  readonly computation: IndicatorComputation;
  readonly argument: string | null;
}

let computations: ReadonlyMap<string, IndicatorComputation> = new Map();

/** Called once by the registry with every module's computations. */
export function provideIndicatorComputations(list: readonly IndicatorComputation[]): void {
  computations = new Map(list.map((computation) => [computation.key, computation]));
}

/** The computation an indicator's key names, or undefined when there is none such (or its argument is missing). */
export function findIndicatorComputation(key: string): ChosenComputation | undefined {
  const colon = key.indexOf(':');
  const computation = computations.get(colon < 0 ? key : key.slice(0, colon));
  const argument = colon < 0 ? null : key.slice(colon + 1);
  if (!computation || (computation.choices === undefined) !== (argument === null) || argument === '') {
    return undefined;
  }
  return { computation, argument };
}

/**
 * What an indicator may be computed from, as its form offers it: every computation without argument, and,
 * for the goal's unit, each choice of those that take one ("Volym: Antal fakturor").
 */
export async function indicatorComputationChoices(ctx: Pick<Ctx, 'db'>, goalId: string | undefined) {
  const orgUnitId = goalId === undefined ? null : (await getGoal(ctx, goalId)).orgUnitId;
  const entries: { key: string; label: string; description: string; unit: string }[] = [];
  for (const { key, label, description, unit, choices } of computations.values()) {
    if (!choices) {
      entries.push({ key, label, description, unit });
    } else if (orgUnitId !== null) {
      for (const choice of await choices(ctx, orgUnitId)) {
        entries.push({
          key: `${key}:${choice.argument}`,
          label: `${label}: ${choice.label}`,
          description,
          unit,
        });
      }
    }
  }
  return entries;
}
