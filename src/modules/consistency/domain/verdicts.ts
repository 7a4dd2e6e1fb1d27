/**
 * The rules on verdicts, over what the goals module's one evaluation (ADR 0011) says of a goal's
 * indicators in a round – never a status of their own:
 *
 * - `verdict-contradicts-indicators`: the human verdict differs from what the indicators suggest, as the
 *   assessments module flags it (findVerdictContradiction), with the indicators named. In an interim round
 *   the verdict is a forecast for the whole year ("per helår", domain.md §2.4) while an outcome may cover
 *   only the months so far; a contradiction that rests on such an outcome is not sure, so it is a
 *   `notering` that says why, and otherwise a `varning` (a verdict is a judgement, domain.md §0).
 * - `verdict-unsupported`: a goal judged "uppfyllt" although no indicator has a computable status – none
 *   has a target for the year, an outcome, or a target that can be computed. A goal with no indicators at
 *   all may be judged on other grounds (002:369-370, "Inga förvaltningsindikatorer för 2019"): a
 *   `notering`; indicators that exist but cannot carry the verdict: a `varning`. "Delvis uppfyllt" claims
 *   less and is not flagged.
 */
import type { DecimalString } from '#core/decimal.ts';
import { findVerdictContradiction, type Verdict } from '#modules/assessments/domain/index.ts';
import { describeStatus, type StatusResult, type Suggestion } from '#modules/goals/domain/index.ts';
import { formatFigure } from './figures.ts';
import type { Finding, Place } from './finding.ts';

/** An indicator of the goal, as the round's evaluation sees its total. */
export interface VerdictIndicator {
  readonly name: string;
  readonly status: StatusResult;
  /** The total the evaluation shows for the year, if a figure. */
  readonly outcome: DecimalString | null;
  readonly unit: string | null;
  /** The target as written ("≥4,5"), if any. */
  readonly target: string | null;
  /** False for a figure of part of the year that is not a forecast for all of it. */
  readonly wholeYear: boolean;
}

export interface GoalVerdict {
  readonly place: Place;
  readonly provenance: readonly string[];
  readonly year: number;
  /** An interim round, whose verdict is a forecast for the whole year. */
  readonly interim: boolean;
  readonly verdict: Verdict;
  readonly suggestion: Suggestion;
  /** The goal's indicators in current use, in their order. */
  readonly indicators: readonly VerdictIndicator[];
}

const isCounted = (indicator: VerdictIndicator) =>
  indicator.status.status === 'met' || indicator.status.status === 'notMet';

function described(indicator: VerdictIndicator): string {
  const outcome = indicator.outcome === null ? '' : formatFigure(indicator.outcome, indicator.unit);
  const target = indicator.target === null ? '' : `målvärde ${indicator.target}`;
  const figures = [outcome, target].filter((text) => text !== '').join(', ');
  return figures === '' ? indicator.name : `${indicator.name} (${figures})`;
}

function listed(label: string, indicators: readonly VerdictIndicator[]): string {
  return indicators.length === 0 ? '' : ` ${label}: ${indicators.map(described).join('; ')}.`;
}

function contradiction(goal: GoalVerdict): Finding | null {
  const issue = findVerdictContradiction(goal.verdict, goal.suggestion);
  if (issue === null) {
    return null;
  }
  const counted = goal.indicators.filter(isCounted);
  const partial = goal.interim && counted.some((indicator) => !indicator.wholeYear);
  const met = counted.filter((indicator) => indicator.status.status === 'met');
  const notMet = counted.filter((indicator) => indicator.status.status === 'notMet');
  return {
    ruleId: 'verdict-contradicts-indicators',
    severity: partial ? 'notering' : 'varning',
    message:
      issue.message +
      listed('Når målvärdet', met) +
      listed('Når inte målvärdet', notMet) +
      (partial
        ? ' Utfallen avser bara en del av året medan bedömningen gäller helåret, så motsägelsen är inte säker.'
        : ''),
    place: goal.place,
    provenance: goal.provenance,
  };
}

/** "målvärde saknas" from "Målvärde saknas.". */
const statusPhrase = (status: StatusResult) => {
  const sentence = describeStatus(status).replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
};

function unsupported(goal: GoalVerdict): Finding | null {
  if (goal.verdict !== 'met' || goal.suggestion.verdict !== null) {
    return null;
  }
  const base = { ruleId: 'verdict-unsupported' as const, place: goal.place, provenance: goal.provenance };
  if (goal.indicators.length === 0) {
    return {
      ...base,
      severity: 'notering',
      message:
        'Målet bedöms som uppfyllt men har inga indikatorer, så bedömningen vilar inte på något mätbart. ' +
        'Beskriv i så fall vad den grundar sig på.',
    };
  }
  const count = goal.indicators.length;
  const none = count === 1 ? 'dess enda indikator har ingen' : `ingen av dess ${count} indikatorer har någon`;
  const reasons = goal.indicators
    .map((indicator) => `${indicator.name} (${statusPhrase(indicator.status)})`)
    .join('; ');
  return {
    ...base,
    severity: 'varning',
    message: `Målet bedöms som uppfyllt, men ${none} beräkningsbar status för ${goal.year}: ${reasons}.`,
  };
}

export function checkVerdictContradictions(goals: readonly GoalVerdict[]): Finding[] {
  return goals.flatMap((goal) => contradiction(goal) ?? []);
}

export function checkUnsupportedVerdicts(goals: readonly GoalVerdict[]): Finding[] {
  return goals.flatMap((goal) => unsupported(goal) ?? []);
}
