/** The year the app shows when none is chosen: this year, but never past the last year that has rounds. */
export function defaultYear(roundYears: readonly number[], now = new Date()): number {
  const thisYear = now.getFullYear();
  const latest = Math.max(...roundYears.filter((year) => year <= thisYear));
  return Number.isFinite(latest) ? latest : thisYear;
}
