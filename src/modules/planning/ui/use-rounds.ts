/** The reporting rounds, for this module's views and for other modules' pages. */
import { useMemo } from 'react';
import { useApiQuery } from '#web/kit/api.ts';
import { planningApi } from '../contract.ts';

/** A year's rounds in calendar order; waits while the year is not known yet. */
export function useRounds(year: number | undefined) {
  return useApiQuery(planningApi.listRounds, { query: { year } }, { enabled: year !== undefined });
}

/** The years that have reporting rounds, in order: the years the app can show. */
export function useYearsWithRounds(): readonly number[] {
  const rounds = useApiQuery(planningApi.listRounds, { query: {} });
  // The same list while the rounds do not change, since the shell hands it to every page.
  return useMemo(() => [...new Set((rounds.data ?? []).map((round) => round.year))].sort(), [rounds.data]);
}
