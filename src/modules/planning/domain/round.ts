/**
 * Reporting rounds of the yearly cycle (domain.md §5.1) with their customary names and deadlines. The
 * deadlines are defaults that a controller edits; the seeds give the round dates, not the deadlines.
 */
import { ROUND_KINDS, type RoundKind } from '#core/period.ts';

export { ROUND_KINDS, type RoundKind };

export const ROUND_KIND_LABELS: Readonly<Record<RoundKind, string>> = {
  budget: 'Budget',
  april: 'Delår 30 april',
  august: 'Delår 31 augusti',
  october: 'Oktoberuppföljning',
  closing: 'Bokslut',
};

/** "Delår 31 augusti 2019", "Bokslut 2019", "Budget 2023". */
export function defaultRoundName(kind: RoundKind, year: number): string {
  return `${ROUND_KIND_LABELS[kind]} ${year}`;
}

/** Customary deadlines: the budget document in the autumn before, each follow-up some weeks after its date. */
export function defaultDeadline(kind: RoundKind, year: number): string {
  switch (kind) {
    case 'budget':
      return `${year - 1}-10-31`;
    case 'april':
      return `${year}-05-15`;
    case 'august':
      return `${year}-09-15`;
    case 'october':
      return `${year}-11-15`;
    case 'closing':
      return `${year + 1}-02-15`;
  }
}

export function isRoundKind(value: string | undefined): value is RoundKind {
  return (ROUND_KINDS as readonly string[]).includes(value ?? '');
}
