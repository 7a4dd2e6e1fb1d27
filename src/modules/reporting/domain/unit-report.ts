/**
 * A unit's report for one round on one screen: every current goal with its indicators, each indicator with
 * the round's own outcome (the one a save here creates or changes), its target and last year's figure, and
 * each goal with its verdict beside what the indicators suggest. Pure: the service hands it what the goals
 * and assessments modules already computed, and the page renders the result as it is.
 */
import { longMonthName, type Month, type RoundKind, roundEndMonth } from '#core/period.ts';
import { askedText, asksForGoal, asksForIndicator, type RoundSubset } from './round-subset.ts';

/** What a new outcome in the round covers: last year's whole year at the budget, else the year to the round's month. */
export interface ReportPeriod {
  readonly year: number;
  readonly fromMonth: Month;
  readonly toMonth: Month;
  /** "januari–augusti 2023", "helåret 2022" */
  readonly text: string;
}

export function reportPeriod(round: { readonly kind: RoundKind; readonly year: number }): ReportPeriod {
  const year = round.kind === 'budget' ? round.year - 1 : round.year;
  const toMonth = round.kind === 'budget' ? 12 : roundEndMonth(round.kind);
  const text = toMonth === 12 ? `helåret ${year}` : `januari–${longMonthName(toMonth)} ${year}`;
  return { year, fromMonth: 1, toMonth, text };
}

export interface ReportGoalInput {
  readonly id: string;
  readonly name: string;
  readonly sortOrder: number;
  readonly retiredAt: string | null;
}

export interface ReportIndicatorInput {
  readonly id: string;
  readonly goalId: string;
  readonly name: string;
  readonly unit: string | null;
  readonly isGenderSplit: boolean;
  readonly computation: string | null;
  readonly sortOrder: number;
  readonly retiredAt: string | null;
}

export interface ReportOutcomeInput {
  readonly id: string;
  readonly indicatorId: string;
  readonly reportingRoundId: string;
  readonly year: number;
  readonly total: string | null;
}

export interface ReportTargetInput {
  readonly indicatorId: string;
  readonly year: number;
  readonly part: string;
  readonly notation: string;
}

export interface ReportIndicator<O> {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly isGenderSplit: boolean;
  /** Computed from other modules' data: shown, never typed. */
  readonly computed: boolean;
  /** The target for the round's year (its total), as decided: "≥ 85 %", "Öka". */
  readonly target: string | null;
  /** Last year's total as the round sees it, for comparison; null when there is none. */
  readonly previous: string | null;
  /** The round's own outcome for the period's year; null until someone reports it. */
  readonly outcome: O | null;
}

export interface ReportGoal<O, A> {
  readonly id: string;
  readonly name: string;
  readonly indicators: ReportIndicator<O>[];
  readonly assessment: A;
}

const bySortOrder = (a: { sortOrder: number; name: string }, b: { sortOrder: number; name: string }) =>
  a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv');

/**
 * Arranges the unit's current goals and indicators for the screen, in their order. `roundOutcomes` are the
 * outcomes stored in this round (typed or computed); `previousTotal` gives last year's figure as the round's
 * evaluation chose it; `assessmentOf` whatever the page shows for a goal's verdict.
 */
export function arrangeReport<O extends ReportOutcomeInput, A>(input: {
  readonly roundId: string;
  readonly period: ReportPeriod;
  /** The year whose targets are shown: the round's (at the budget, the year being planned). */
  readonly targetYear: number;
  readonly goals: readonly ReportGoalInput[];
  readonly indicators: readonly ReportIndicatorInput[];
  readonly roundOutcomes: readonly O[];
  readonly targets: readonly ReportTargetInput[];
  readonly previousTotal: (indicatorId: string) => string | null;
  readonly assessmentOf: (goalId: string) => A;
}): ReportGoal<O, A>[] {
  const { period } = input;
  const outcomeOf = new Map(
    input.roundOutcomes
      .filter((outcome) => outcome.reportingRoundId === input.roundId && outcome.year === period.year)
      .map((outcome) => [outcome.indicatorId, outcome]),
  );
  const targetOf = new Map(
    input.targets
      .filter((target) => target.year === input.targetYear && target.part === 'total')
      .map((target) => [target.indicatorId, target.notation]),
  );
  return input.goals
    .filter((goal) => goal.retiredAt === null)
    .sort(bySortOrder)
    .map((goal) => ({
      id: goal.id,
      name: goal.name,
      indicators: input.indicators
        .filter((indicator) => indicator.goalId === goal.id && indicator.retiredAt === null)
        .sort(bySortOrder)
        .map((indicator) => ({
          id: indicator.id,
          name: indicator.name,
          unit: indicator.unit,
          isGenderSplit: indicator.isGenderSplit,
          computed: indicator.computation !== null,
          target: targetOf.get(indicator.id) ?? null,
          previous: input.previousTotal(indicator.id),
          outcome: outcomeOf.get(indicator.id) ?? null,
        })),
      assessment: input.assessmentOf(goal.id),
    }));
}

/** "7 av 12 indikatorer har utfall": how far the unit has come with its figures. */
export function reportedText(indicators: readonly ReportIndicator<unknown>[]): string {
  const typed = indicators.filter((indicator) => !indicator.computed);
  const reported = typed.filter((indicator) => indicator.outcome !== null).length;
  const noun = typed.length === 1 ? 'indikator' : 'indikatorer';
  return `${reported} av ${typed.length} ${noun} har utfall`;
}

/** A goal as the round asks for it: `asked` when its verdict is asked for, not only some of its indicators. */
export interface AskedGoal<O, A> extends ReportGoal<O, A> {
  readonly asked: boolean;
}

/**
 * The report narrowed to what the round asks for (round-subset.ts): the indicators asked for, under their
 * goals; a goal stays when its verdict or one of its indicators is asked for. `asks` says how much is asked
 * ("Tillfället frågar efter 3 av 12 indikatorer"), null when the round asks for everything.
 */
export function narrowReport<O, A>(
  goals: readonly ReportGoal<O, A>[],
  subset: RoundSubset,
): { goals: AskedGoal<O, A>[]; asks: string | null } {
  const narrowed = goals
    .map((goal) => ({
      ...goal,
      asked: asksForGoal(subset, goal.id),
      indicators: goal.indicators.filter((indicator) =>
        asksForIndicator(subset, { id: indicator.id, goalId: goal.id }),
      ),
    }))
    .filter((goal) => goal.asked || goal.indicators.length > 0);
  const count = (list: readonly ReportGoal<O, A>[]) =>
    list.reduce((sum, goal) => sum + goal.indicators.length, 0);
  return { goals: narrowed, asks: askedText(subset, count(narrowed), count(goals)) };
}
