/**
 * An activity's status at a reporting round, and which status is its latest. The words are the ones the
 * follow-up documents use for work that was planned ("Genomfört", "Pågår", domain.md §3 status words); the
 * pages show each with an icon beside the word, never by colour alone.
 */
import type { RoundKind } from '#core/period.ts';

export const ACTIVITY_STATUSES = ['notStarted', 'inProgress', 'done', 'notDone'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_STATUS_LABELS: Readonly<Record<ActivityStatus, string>> = {
  notStarted: 'Ej påbörjad',
  inProgress: 'Pågår',
  done: 'Genomförd',
  notDone: 'Inte genomförd',
};

const ROUND_ORDER: readonly RoundKind[] = ['budget', 'april', 'august', 'october', 'closing'];

/** A round's place in time: by year, then by its kind's place in the yearly cycle. */
export function compareRounds(
  a: { readonly year: number; readonly kind: RoundKind },
  b: { readonly year: number; readonly kind: RoundKind },
): number {
  return a.year - b.year || ROUND_ORDER.indexOf(a.kind) - ROUND_ORDER.indexOf(b.kind);
}

/** The status given at the latest of the rounds; null when none was given. */
export function latestStatus<S extends { readonly status: ActivityStatus }>(
  statuses: readonly (S & { readonly round: { readonly year: number; readonly kind: RoundKind } })[],
): S | null {
  const sorted = [...statuses].sort((a, b) => compareRounds(a.round, b.round));
  return sorted.at(-1) ?? null;
}

/** An activity is carried into the next year unless its latest status says it was done. */
export function isUnfinished(latest: ActivityStatus | null): boolean {
  return latest !== 'done';
}
