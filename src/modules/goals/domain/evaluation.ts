/**
 * The evaluation of a unit's goals in one reporting round: which outcome each indicator shows for each
 * year, every indicator's status against its target, and what the statuses suggest for each goal. Computed
 * once, from the records alone, and read by everything that shows or checks a round – the goal tables, the
 * assessment page, later the documents and the consistency checks – so they can never disagree.
 *
 * One rule for retired records: the caller passes only goals and indicators in current use. A retired
 * indicator is outside every evaluation (it keeps its history and shows on its own page).
 */
import type { RoundKind } from '#core/period.ts';
import type { IndicatorPart } from './indicator.ts';
import { evaluateStatus, type OutcomeCell, type StatusResult } from './status.ts';
import { type DesiredDirection, parseTarget } from './target.ts';

export interface EvaluationRound {
  readonly id: string;
  readonly year: number;
  readonly kind: RoundKind;
  readonly deadline: string;
}

export interface EvaluationIndicator {
  readonly id: string;
  readonly goalId: string;
  readonly unit: string | null;
  readonly desiredDirection: DesiredDirection;
}

export interface EvaluationTarget {
  readonly indicatorId: string;
  readonly year: number;
  readonly part: IndicatorPart;
  readonly notation: string;
}

export interface EvaluationOutcome {
  readonly id: string;
  readonly indicatorId: string;
  readonly reportingRoundId: string;
  readonly year: number;
  readonly total: string | null;
  readonly women: string | null;
  readonly men: string | null;
  /** The unit the figures are stated in when not the indicator's; null: the indicator's. */
  readonly unit: string | null;
  readonly noData: readonly IndicatorPart[];
  readonly notApplicable: readonly IndicatorPart[];
}

export interface EvaluationInput<O extends EvaluationOutcome = EvaluationOutcome> {
  readonly year: number;
  readonly round: EvaluationRound;
  /** Every round, so that an earlier year's outcome can come from the latest round that reported it. */
  readonly rounds: readonly EvaluationRound[];
  readonly indicators: readonly EvaluationIndicator[];
  readonly targets: readonly EvaluationTarget[];
  readonly outcomes: readonly O[];
}

/** The verdict the indicators speak for; the human verdict is the assessment's. */
export type SuggestedVerdict = 'met' | 'partlyMet' | 'notMet';

export interface Suggestion {
  /** null when no indicator has a computable status: the data says nothing either way. */
  readonly verdict: SuggestedVerdict | null;
  readonly met: number;
  readonly notMet: number;
  /** Indicators left out: no target, no data, not applicable, or a status that cannot be computed. */
  readonly uncounted: number;
}

export interface Evaluation<O extends EvaluationOutcome = EvaluationOutcome> {
  readonly year: number;
  readonly round: EvaluationRound;
  /** False in a budget round, which reports no outcome of its own year and so no status. */
  readonly showsStatus: boolean;
  /** The outcome an indicator shows for a year in this round. */
  outcome(indicatorId: string, year: number): O | undefined;
  /** An indicator's status for one part (total, women, men); undefined in budget rounds. */
  status(indicatorId: string, part: IndicatorPart): StatusResult | undefined;
  /** What the goal's indicators suggest. */
  suggestion(goalId: string): Suggestion;
}

const roundOrder = (round: EvaluationRound) => `${round.deadline}|${round.year}`;

/**
 * Per indicator and year, the outcome of the latest round up to and including the evaluated round. The
 * round's own year is the exception: a follow-up round shows only what it reported itself, so that a
 * year-end table never passes off an interim figure as the year's outcome (docs/adr/0003).
 */
export function selectOutcomes<O extends EvaluationOutcome>(input: EvaluationInput<O>): Map<string, O> {
  const order = new Map(input.rounds.map((round) => [round.id, roundOrder(round)]));
  const limit = roundOrder(input.round);
  const chosen = new Map<string, { outcome: O; rank: string }>();
  for (const outcome of input.outcomes) {
    const rank = order.get(outcome.reportingRoundId);
    const isOwnYear = outcome.year === input.year && input.round.kind !== 'budget';
    if (rank === undefined || rank > limit || (isOwnYear && outcome.reportingRoundId !== input.round.id)) {
      continue;
    }
    const key = `${outcome.indicatorId}|${outcome.year}`;
    const current = chosen.get(key);
    if (!current || current.rank < rank) {
      chosen.set(key, { outcome, rank });
    }
  }
  return new Map([...chosen].map(([key, { outcome }]) => [key, outcome]));
}

/** One part of an outcome as status sees it: a number, an explicit "ingen uppgift"/"ej tillämplig", or nothing. */
export function outcomeCell(outcome: EvaluationOutcome | undefined, part: IndicatorPart): OutcomeCell {
  if (!outcome) {
    return null;
  }
  if (outcome.notApplicable.includes(part)) {
    return { notApplicable: true };
  }
  if (outcome.noData.includes(part)) {
    return { noData: true };
  }
  const value = outcome[part];
  return value === null ? null : { value };
}

/**
 * Suggests a verdict from the statuses of a goal's indicators (their totals): every computable indicator met
 * → uppfyllt, none met → ej uppfyllt, some met → delvis uppfyllt. Indicators without a computable status do
 * not count.
 */
export function suggestVerdict(statuses: readonly StatusResult[]): Suggestion {
  const met = statuses.filter((result) => result.status === 'met').length;
  const notMet = statuses.filter((result) => result.status === 'notMet').length;
  const uncounted = statuses.length - met - notMet;
  if (met + notMet === 0) {
    return { verdict: null, met, notMet, uncounted };
  }
  const verdict = notMet === 0 ? 'met' : met === 0 ? 'notMet' : 'partlyMet';
  return { verdict, met, notMet, uncounted };
}

const PARTS: readonly IndicatorPart[] = ['total', 'women', 'men'];

export function evaluate<O extends EvaluationOutcome>(input: EvaluationInput<O>): Evaluation<O> {
  const outcomes = selectOutcomes(input);
  const targets = new Map(
    input.targets.map((target) => [`${target.indicatorId}|${target.year}|${target.part}`, target]),
  );
  const showsStatus = input.round.kind !== 'budget';
  const statuses = new Map<string, StatusResult>();
  if (showsStatus) {
    for (const indicator of input.indicators) {
      const current = outcomes.get(`${indicator.id}|${input.year}`);
      const previous = outcomes.get(`${indicator.id}|${input.year - 1}`);
      for (const part of PARTS) {
        const target = targets.get(`${indicator.id}|${input.year}|${part}`);
        statuses.set(
          `${indicator.id}|${part}`,
          evaluateStatus({
            outcome: outcomeCell(current, part),
            target: target ? parseTarget(target.notation) : null,
            direction: indicator.desiredDirection,
            outcomeUnit: current?.unit ?? null,
            indicatorUnit: indicator.unit,
            previous: outcomeCell(previous, part),
            previousUnit: previous?.unit ?? null,
          }),
        );
      }
    }
  }
  const suggestions = new Map<string, Suggestion>();
  const byGoal = new Map<string, StatusResult[]>();
  for (const indicator of input.indicators) {
    const status = statuses.get(`${indicator.id}|total`);
    if (status) {
      byGoal.set(indicator.goalId, [...(byGoal.get(indicator.goalId) ?? []), status]);
    }
  }
  for (const [goalId, results] of byGoal) {
    suggestions.set(goalId, suggestVerdict(results));
  }
  const none = suggestVerdict([]);
  return {
    year: input.year,
    round: input.round,
    showsStatus,
    outcome: (indicatorId, year) => outcomes.get(`${indicatorId}|${year}`),
    status: (indicatorId, part) => statuses.get(`${indicatorId}|${part}`),
    suggestion: (goalId) => suggestions.get(goalId) ?? none,
  };
}
