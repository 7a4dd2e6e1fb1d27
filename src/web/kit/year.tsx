/**
 * The year being looked at, for the shell and every module's pages. The years that have reporting rounds
 * come from the planning module; the shell reads them and hands them down through RoundYearsProvider, so
 * that the kit stays below the modules.
 */
import { createContext, type ReactNode, useContext } from 'react';
import { useParams, useSearchParams } from 'react-router';

const RoundYears = createContext<readonly number[]>([]);

/** Gives the pages below it the years that have reporting rounds, in order. */
export function RoundYearsProvider({ years, children }: { years: readonly number[]; children: ReactNode }) {
  return <RoundYears value={years}>{children}</RoundYears>;
}

/** The years that have reporting rounds, in order (empty while they load). */
export function useRoundYears(): readonly number[] {
  return useContext(RoundYears);
}

/** The year the app shows when none is chosen: this year, but never past the last year that has rounds. */
export function defaultYear(roundYears: readonly number[], now = new Date()): number {
  const thisYear = now.getFullYear();
  const latest = Math.max(...roundYears.filter((year) => year <= thisYear));
  return Number.isFinite(latest) ? latest : thisYear;
}

const LAST_YEAR_KEY = 'verksam.year';

/**
 * The year being looked at: the one in the address (/2023/VSS or ?ar=2023), else the last one looked at in
 * this tab, else the default. Pages without a year of their own (a goal, an assessment) keep the context.
 */
export function useYear(): number {
  const { year } = useParams();
  const [params] = useSearchParams();
  const years = useRoundYears();
  const fromAddress = Number(year) || Number(params.get('ar'));
  if (fromAddress) {
    sessionStorage.setItem(LAST_YEAR_KEY, String(fromAddress));
    return fromAddress;
  }
  return Number(sessionStorage.getItem(LAST_YEAR_KEY)) || defaultYear(years);
}
