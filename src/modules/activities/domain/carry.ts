/**
 * Which goal an unfinished activity continues under in the next year. Goals carry no link to the year
 * before (goals.goal has no "previous" column; a goal may be valid over many years), so: the same goal
 * when it is still in force in the new year, else the one goal of the same unit in force then with the
 * same name (compared without case or spacing differences); none when there is no such goal or several.
 */
export interface GoalForCarry {
  readonly id: string;
  readonly orgUnitId: string;
  readonly name: string;
  readonly validFromYear: number;
  readonly validToYear: number | null;
  readonly retiredAt: string | null;
}

const inForce = (goal: GoalForCarry, year: number) =>
  goal.retiredAt === null &&
  goal.validFromYear <= year &&
  (goal.validToYear === null || goal.validToYear >= year);

const sameName = (a: string, b: string) =>
  a.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim() ===
  b.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

export function nextYearGoal(
  goal: GoalForCarry,
  toYear: number,
  candidates: readonly GoalForCarry[],
): GoalForCarry | null {
  if (inForce(goal, toYear)) {
    return goal;
  }
  const matches = candidates.filter(
    (candidate) =>
      candidate.id !== goal.id &&
      candidate.orgUnitId === goal.orgUnitId &&
      inForce(candidate, toYear) &&
      sameName(candidate.name, goal.name),
  );
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
