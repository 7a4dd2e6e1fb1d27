/**
 * The vocabulary and record rules of investments (domain.md §2.7 "Investments"; docs/adr/0015-investments.md).
 *
 * A project (investeringsprojekt) belongs to one unit and lies inside or outside the unit's investment frame
 * (001:1194-1200), optionally on a condition (the "Ny simhall*" of 001:1196, 1205). Its amounts are per year
 * and kind: a budget – as decided at the budget round, or as revised at a later round (the 10,1 mnkr that
 * 002:173, 181 includes and 004:253 does not) – a plan year, an actual (to date at an interim round, the
 * whole year at closing) and a full-year forecast at an interim round. The rounds are the planning module's
 * round kinds. Expenditure (utgifter) and income (inkomster) are positive magnitudes; net = utgifter −
 * inkomster.
 *
 * The frame (investeringsram) is per unit and year with its decision; changes to it are increases (utökad
 * ram) and rebudgeting (ombudgetering) from one year to another, each counted from a round on.
 */
import { ROUND_KINDS, type RoundKind } from '#core/period.ts';

export const FRAME_PLACEMENTS = ['inside', 'outside'] as const;
export type FramePlacement = (typeof FRAME_PLACEMENTS)[number];

export const FRAME_PLACEMENT_LABELS: Readonly<Record<FramePlacement, string>> = {
  inside: 'Inom ram',
  outside: 'Utom ram',
};

export const AMOUNT_KINDS = ['budget', 'plan', 'actual', 'forecast'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

export const AMOUNT_KIND_LABELS: Readonly<Record<AmountKind, string>> = {
  budget: 'Budget',
  plan: 'Plan',
  actual: 'Utfall',
  forecast: 'Prognos',
};

export { ROUND_KINDS, type RoundKind };

/**
 * The rounds each kind of amount is given at: a budget at the budget round or revised later; a plan only in
 * the budget; an actual to date at an interim round or for the whole year at closing; a forecast only at an
 * interim round (at closing the year's actual is known).
 */
export const ROUNDS_OF_KIND: Readonly<Record<AmountKind, readonly RoundKind[]>> = {
  budget: ROUND_KINDS,
  plan: ['budget'],
  actual: ['april', 'august', 'october', 'closing'],
  forecast: ['april', 'august', 'october'],
};

/** The interim rounds, at which an interim investment table is printed. */
export const INTERIM_ROUNDS = ['april', 'august', 'october'] as const;
export type InterimRound = (typeof INTERIM_ROUNDS)[number];

/** The order of the rounds within a year: a budget revised at August holds from August on. */
export function roundIndex(round: RoundKind): number {
  return ROUND_KINDS.indexOf(round);
}

/** The day a round reports to, as the interim table heads its columns ("Redovisning 31/8 2019", 004:250). */
export const ROUND_DAY: Readonly<Record<InterimRound, string>> = {
  april: '30/4',
  august: '31/8',
  october: '31/10',
};

export const FRAME_CHANGE_KINDS = ['increase', 'rebudget'] as const;
export type FrameChangeKind = (typeof FRAME_CHANGE_KINDS)[number];

export const FRAME_CHANGE_KIND_LABELS: Readonly<Record<FrameChangeKind, string>> = {
  increase: 'Utökad ram',
  rebudget: 'Ombudgetering',
};

// Rules -------------------------------------------------------------------------------------------------

export interface ProjectFacts {
  readonly startYear: number;
  readonly completedYear: number | null;
  readonly conditional: boolean;
  readonly condition: string | null;
}

export type ProjectRule = 'completed_before_start' | 'condition_missing' | 'condition_without_conditional';

export interface ProjectProblem {
  readonly rule: ProjectRule;
  readonly path: 'completedYear' | 'condition';
}

export function checkProject(project: ProjectFacts): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  if (project.completedYear !== null && project.completedYear < project.startYear) {
    problems.push({ rule: 'completed_before_start', path: 'completedYear' });
  }
  if (project.conditional && !project.condition) {
    problems.push({ rule: 'condition_missing', path: 'condition' });
  }
  if (!project.conditional && project.condition) {
    problems.push({ rule: 'condition_without_conditional', path: 'condition' });
  }
  return problems;
}

/** The years of amounts that fall outside the project's years: before its start or after its completion. */
export function yearsOutsideProject(project: ProjectFacts, years: readonly number[]): number[] {
  return [...new Set(years)].filter((year) => !isWithinProject(project, year)).sort((a, b) => a - b);
}

function isWithinProject(project: ProjectFacts, year: number): boolean {
  return year >= project.startYear && (project.completedYear === null || year <= project.completedYear);
}

export interface AmountFacts {
  readonly year: number;
  readonly kind: AmountKind;
  readonly round: RoundKind;
}

export type AmountRule = 'round_not_for_kind' | 'year_before_start' | 'year_after_completion';

export interface AmountProblem {
  readonly rule: AmountRule;
  readonly path: 'round' | 'year';
}

export function checkAmount(amount: AmountFacts, project: ProjectFacts): AmountProblem[] {
  const problems: AmountProblem[] = [];
  if (!ROUNDS_OF_KIND[amount.kind].includes(amount.round)) {
    problems.push({ rule: 'round_not_for_kind', path: 'round' });
  }
  if (amount.year < project.startYear) {
    problems.push({ rule: 'year_before_start', path: 'year' });
  } else if (project.completedYear !== null && amount.year > project.completedYear) {
    problems.push({ rule: 'year_after_completion', path: 'year' });
  }
  return problems;
}

export interface FrameChangeFacts {
  readonly kind: FrameChangeKind;
  readonly year: number;
  readonly fromYear: number | null;
}

export type FrameChangeRule = 'rebudget_needs_from_year' | 'rebudget_same_year' | 'increase_has_from_year';

export function checkFrameChange(change: FrameChangeFacts): FrameChangeRule[] {
  if (change.kind === 'increase') {
    return change.fromYear === null ? [] : ['increase_has_from_year'];
  }
  if (change.fromYear === null) {
    return ['rebudget_needs_from_year'];
  }
  return change.fromYear === change.year ? ['rebudget_same_year'] : [];
}
