/**
 * Goals carried into the next year. A goal decided for a span of years already reaches the next year when
 * its span does; one that ends in the year being closed is extended by a year, and its indicators come
 * with it (they belong to the goal, not to a year). Targets are never copied: a target is a political
 * decision for its year, so the rollover only counts the carried indicators that still lack one.
 */

export interface GoalSpan {
  readonly id: string;
  readonly orgUnitId: string;
  readonly validFromYear: number;
  readonly validToYear: number | null;
  readonly retiredAt: string | null;
}

/** Goals valid in `fromYear` that end with it and are not retired. */
export function goalsEndingIn<G extends GoalSpan>(goals: readonly G[], fromYear: number): G[] {
  return goals.filter(
    (goal) => goal.retiredAt === null && goal.validFromYear <= fromYear && goal.validToYear === fromYear,
  );
}

/**
 * The goals to extend to the next year: those ending with `fromYear` whose unit goes on into the next year
 * (`continuing`: the ids of units valid on its first day). A unit closed down or reorganised takes its
 * goals with it; its successor's goals are set by those who plan it.
 */
export function goalsToExtend<G extends GoalSpan>(
  goals: readonly G[],
  fromYear: number,
  continuing: ReadonlySet<string>,
): { extend: G[]; unitEnds: G[] } {
  const ending = goalsEndingIn(goals, fromYear);
  return {
    extend: ending.filter((goal) => continuing.has(goal.orgUnitId)),
    unitEnds: ending.filter((goal) => !continuing.has(goal.orgUnitId)),
  };
}

/** The indicators (ids) with no target at all for `year`. */
export function lackingTarget(
  indicatorIds: readonly string[],
  targets: readonly { readonly indicatorId: string; readonly year: number }[],
  year: number,
): string[] {
  const withTarget = new Set(
    targets.filter((target) => target.year === year).map((target) => target.indicatorId),
  );
  return indicatorIds.filter((id) => !withTarget.has(id));
}
