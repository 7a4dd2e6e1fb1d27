/**
 * The rules a goal and an indicator keep, as pure functions shared by the use cases and the data-package
 * import, so a goal is held to the same rules however it arrives.
 */

export interface YearSpan {
  readonly validFromYear: number;
  readonly validToYear: number | null;
}

export function isYearSpanOrdered(span: YearSpan): boolean {
  return span.validToYear === null || span.validToYear >= span.validFromYear;
}

export function isInForce(span: YearSpan, year: number): boolean {
  return span.validFromYear <= year && (span.validToYear === null || span.validToYear >= year);
}

/**
 * A goal is linked to a municipal goal that is in force the year the goal starts: a goal of the 2023
 * budget cannot answer to a municipal goal of the 2020 budget (domain.md §2.2).
 */
export function canLinkToMunicipalGoal(goal: YearSpan, municipalGoal: YearSpan): boolean {
  return isInForce(municipalGoal, goal.validFromYear);
}

export interface IndicatorPlace {
  readonly id: string;
  readonly goalId: string;
  readonly parentIndicatorId: string | null;
}

/**
 * A sub-indicator sits directly under a top-level indicator of the same goal: one level, as in every seed
 * table ("-LKDATA (0-5)" under "Kundnöjdhet", 000:370-376).
 */
export function canBeParentIndicator(
  child: { id: string; goalId: string },
  parent: IndicatorPlace | undefined,
): boolean {
  return (
    parent !== undefined &&
    parent.id !== child.id &&
    parent.goalId === child.goalId &&
    parent.parentIndicatorId === null
  );
}
