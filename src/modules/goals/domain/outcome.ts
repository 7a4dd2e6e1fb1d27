/**
 * The rules an outcome must keep before it is saved. Returns every broken rule at once, each with the
 * field it concerns, so that a form can mark all of them.
 */
import type { RoundKind } from '#core/period.ts';
import type { IndicatorPart } from './indicator.ts';

export interface OutcomeDraft {
  readonly year: number;
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly referenceYear: number | null;
  readonly total: string | null;
  readonly women: string | null;
  readonly men: string | null;
  /** Parts whose figure exists but is not available ("ingen uppgift", I.U.). */
  readonly noData: readonly IndicatorPart[];
  /** Parts that have no such figure ("ej tillämplig", N/A). */
  readonly notApplicable: readonly IndicatorPart[];
  readonly noDataReason: string | null;
}

export type OutcomeRule =
  | 'period_reversed'
  | 'year_after_round'
  | 'budget_round_reports_past_only'
  | 'value_and_no_data'
  | 'no_data_and_not_applicable'
  | 'empty'
  | 'reason_without_no_data'
  | 'not_gender_split'
  | 'reference_year_after_year';

export interface OutcomeProblem {
  readonly rule: OutcomeRule;
  readonly path: string;
  readonly part?: IndicatorPart;
}

export function checkOutcome(
  draft: OutcomeDraft,
  round: { readonly year: number; readonly kind: RoundKind },
  indicator: { readonly isGenderSplit: boolean },
): OutcomeProblem[] {
  const problems: OutcomeProblem[] = [];
  if (draft.toMonth < draft.fromMonth) {
    problems.push({ rule: 'period_reversed', path: 'toMonth' });
  }
  if (draft.year > round.year) {
    problems.push({ rule: 'year_after_round', path: 'year' });
  } else if (round.kind === 'budget' && draft.year === round.year) {
    problems.push({ rule: 'budget_round_reports_past_only', path: 'year' });
  }
  const missing = (part: IndicatorPart) => draft.noData.includes(part) || draft.notApplicable.includes(part);
  for (const part of ['total', 'women', 'men'] as const) {
    if (draft[part] !== null && missing(part)) {
      problems.push({ rule: 'value_and_no_data', path: part, part });
    }
    if (draft.noData.includes(part) && draft.notApplicable.includes(part)) {
      problems.push({ rule: 'no_data_and_not_applicable', path: part, part });
    }
  }
  const hasValue = draft.total !== null || draft.women !== null || draft.men !== null;
  const anyMissing = draft.noData.length > 0 || draft.notApplicable.length > 0;
  if (!hasValue && !anyMissing) {
    problems.push({ rule: 'empty', path: 'total' });
  }
  if (draft.noDataReason !== null && !anyMissing) {
    problems.push({ rule: 'reason_without_no_data', path: 'noDataReason' });
  }
  if (!indicator.isGenderSplit) {
    for (const part of ['women', 'men'] as const) {
      if (draft[part] !== null || missing(part)) {
        problems.push({ rule: 'not_gender_split', path: part, part });
      }
    }
  }
  if (draft.referenceYear !== null && draft.referenceYear > draft.year) {
    problems.push({ rule: 'reference_year_after_year', path: 'referenceYear' });
  }
  return problems;
}

/** Computed outcomes' ids start so: they are figures worked out from other data, not records to link to or edit. */
export const COMPUTED_OUTCOME_PREFIX = 'computed-';

export function isComputedOutcome(outcome: { readonly id: string }): boolean {
  return outcome.id.startsWith(COMPUTED_OUTCOME_PREFIX);
}
