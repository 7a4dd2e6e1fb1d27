/**
 * Which goals and indicators a round asks for (issue 7 item 3). A round with no subset asks for everything,
 * as before; a goal named brings its verdict and all its indicators; an indicator named brings only itself,
 * shown under its goal without asking for the goal's verdict. Pure: the services hand it the stored items.
 */

export interface RoundSubset {
  readonly goalIds: readonly string[];
  readonly indicatorIds: readonly string[];
}

export const WHOLE_ROUND: RoundSubset = { goalIds: [], indicatorIds: [] };

/** A stored item of a subset: it names either a goal or an indicator. */
export interface SubsetItem {
  readonly goalId: string | null;
  readonly indicatorId: string | null;
}

export function isWholeRound(subset: RoundSubset): boolean {
  return subset.goalIds.length === 0 && subset.indicatorIds.length === 0;
}

/** An indicator is asked for when the round has no subset, names the indicator, or names its goal. */
export function asksForIndicator(
  subset: RoundSubset,
  indicator: { readonly id: string; readonly goalId: string },
): boolean {
  return (
    isWholeRound(subset) ||
    subset.indicatorIds.includes(indicator.id) ||
    subset.goalIds.includes(indicator.goalId)
  );
}

/** A goal's verdict is asked for when the round has no subset or names the goal. */
export function asksForGoal(subset: RoundSubset, goalId: string): boolean {
  return isWholeRound(subset) || subset.goalIds.includes(goalId);
}

export function subsetOf(items: readonly SubsetItem[]): RoundSubset {
  return {
    goalIds: items.flatMap((item) => (item.goalId === null ? [] : [item.goalId])),
    indicatorIds: items.flatMap((item) => (item.indicatorId === null ? [] : [item.indicatorId])),
  };
}

/** What a save must add and remove so that the stored items become the wanted subset. */
export function subsetChanges<I extends SubsetItem>(
  stored: readonly I[],
  wanted: RoundSubset,
): { add: SubsetItem[]; remove: I[] } {
  const goals = new Set(wanted.goalIds);
  const indicators = new Set(wanted.indicatorIds);
  const kept = (item: SubsetItem) =>
    item.goalId !== null ? goals.has(item.goalId) : indicators.has(item.indicatorId ?? '');
  const have = subsetOf(stored);
  return {
    add: [
      ...[...goals]
        .filter((id) => !have.goalIds.includes(id))
        .map((id) => ({ goalId: id, indicatorId: null })),
      ...[...indicators]
        .filter((id) => !have.indicatorIds.includes(id))
        .map((id) => ({ goalId: null, indicatorId: id })),
    ],
    remove: stored.filter((item) => !kept(item)),
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Alla mål och indikatorer", "2 mål och 1 indikator", "3 indikatorer": what a round's subset names. */
export function subsetSummary(subset: RoundSubset): string {
  if (isWholeRound(subset)) {
    return 'Alla mål och indikatorer';
  }
  const parts = [
    subset.goalIds.length > 0 ? count(subset.goalIds.length, 'mål', 'mål') : null,
    subset.indicatorIds.length > 0 ? count(subset.indicatorIds.length, 'indikator', 'indikatorer') : null,
  ].filter((part) => part !== null);
  return parts.join(' och ');
}

/** "Tillfället frågar efter 3 av 12 indikatorer": null when the round has no subset (it asks for all). */
export function askedText(subset: RoundSubset, asked: number, total: number): string | null {
  return isWholeRound(subset)
    ? null
    : `Tillfället frågar efter ${asked} av ${count(total, 'indikator', 'indikatorer')}`;
}

interface RoundOfYear {
  readonly id: string;
  readonly kind: string;
}

type RoundItem = SubsetItem & { readonly reportingRoundId: string };

/**
 * The subsets carried into the next year (the year rollover): each round of the new year that has no
 * subset of its own gets the one of the same kind in the closed year, less what the new year no longer has
 * (goals not extended). A round that already has a subset, set by a controller, is left alone.
 */
export function nextYearSubsetItems(input: {
  readonly from: readonly RoundOfYear[];
  readonly to: readonly RoundOfYear[];
  /** The stored items of both years' rounds. */
  readonly items: readonly RoundItem[];
  /** The goals and indicators of the new year. */
  readonly current: { readonly goalIds: ReadonlySet<string>; readonly indicatorIds: ReadonlySet<string> };
}): RoundItem[] {
  const withSubset = new Set(input.items.map((item) => item.reportingRoundId));
  const goesOn = (item: SubsetItem) =>
    item.goalId !== null
      ? input.current.goalIds.has(item.goalId)
      : input.current.indicatorIds.has(item.indicatorId ?? '');
  return input.to
    .filter((round) => !withSubset.has(round.id))
    .flatMap((round) => {
      const previous = input.from.find((candidate) => candidate.kind === round.kind);
      return input.items
        .filter((item) => item.reportingRoundId === previous?.id && goesOn(item))
        .map((item) => ({ reportingRoundId: round.id, goalId: item.goalId, indicatorId: item.indicatorId }));
    });
}
