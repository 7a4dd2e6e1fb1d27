/**
 * Every rule over the facts of a unit, year and round, in one call: the findings sorted by severity and
 * place. The service gathers the facts from the other modules' computed results; the rules decide.
 */
import {
  type BridgeFact,
  checkBridges,
  checkBudgetOverFrame,
  checkSelfCostUnits,
  type FrameFact,
} from './budget-rules.ts';
import { checkEconomyIndicators, type EconomyIndicatorFigure } from './economy-indicators.ts';
import { type Finding, sortFindings } from './finding.ts';
import { checkGenderParts, type GenderFigure } from './gender-parts.ts';
import { checkRestatedFigures, type StatedFigure } from './restated-figures.ts';
import { type ComparedText, checkTextComparisons } from './text-comparisons.ts';
import { type CountedText, checkTextCounts } from './text-counts.ts';
import { checkTextPeriods, type PeriodText } from './text-periods.ts';
import { checkUnsupportedVerdicts, checkVerdictContradictions, type GoalVerdict } from './verdicts.ts';

export interface CheckFacts {
  readonly verdicts: readonly GoalVerdict[];
  readonly genderFigures: readonly GenderFigure[];
  readonly statedFigures: readonly StatedFigure[];
  readonly frames: readonly FrameFact[];
  readonly bridges: readonly BridgeFact[];
  readonly economyIndicators: readonly EconomyIndicatorFigure[];
  /** The round's texts with the counts and indicators its data gives, for the rules that read prose. */
  readonly texts?: readonly (CountedText & PeriodText & ComparedText)[];
}

export function runChecks(facts: CheckFacts): Finding[] {
  return sortFindings([
    ...checkVerdictContradictions(facts.verdicts),
    ...checkUnsupportedVerdicts(facts.verdicts),
    ...checkGenderParts(facts.genderFigures),
    ...checkBudgetOverFrame(facts.frames),
    ...checkSelfCostUnits(facts.frames),
    ...checkBridges(facts.bridges),
    ...checkEconomyIndicators(facts.economyIndicators),
    ...checkRestatedFigures(facts.statedFigures),
    ...checkTextCounts(facts.texts ?? []),
    ...checkTextPeriods(facts.texts ?? []),
    ...checkTextComparisons(facts.texts ?? []),
  ]);
}
