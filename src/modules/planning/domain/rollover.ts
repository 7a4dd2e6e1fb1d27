/**
 * The year's round calendar carried into the next year: the same kinds, their names with the new year, and
 * their deadlines a year later. Kinds the new year already has are left alone (a controller may have set
 * them up already, with other dates).
 */
import type { RoundKind } from './round.ts';
import { defaultRoundName } from './round.ts';

export interface CalendarRound {
  readonly kind: RoundKind;
  readonly name: string;
  /** YYYY-MM-DD. */
  readonly deadline: string;
}

/** A date a year later; 29 February becomes 28 February. */
export function yearLater(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${year + 1}-${pad(month)}-${pad(Math.min(day, last))}`;
}

/** "Delår 31 augusti 2023" → "Delår 31 augusti 2024"; a name without the year gets the customary one. */
export function nextYearName(round: CalendarRound, fromYear: number, toYear: number): string {
  const year = String(fromYear);
  return round.name.includes(year)
    ? round.name.split(year).join(String(toYear))
    : defaultRoundName(round.kind, toYear);
}

/** The rounds to create for `toYear`: those of `fromYear` whose kind the new year lacks, in calendar order. */
export function nextYearRounds(
  from: readonly CalendarRound[],
  existingKinds: readonly RoundKind[],
  fromYear: number,
  toYear: number,
): (CalendarRound & { year: number })[] {
  const existing = new Set(existingKinds);
  return from
    .filter((round) => !existing.has(round.kind))
    .map((round) => ({
      year: toYear,
      kind: round.kind,
      name: nextYearName(round, fromYear, toYear),
      deadline: yearLater(round.deadline),
    }));
}
