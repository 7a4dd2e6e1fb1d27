/** Fetches a unit's goal sheet for a year and (optionally) a round. */
import { useApiQuery } from '#web/kit/api.ts';
import { goalsApi } from '../contract.ts';

export function useGoalSheet(
  orgUnit: string,
  year: number,
  round?: string,
  options: { enabled?: boolean } = {},
) {
  return useApiQuery(goalsApi.sheet, { query: { orgUnit, year, round } }, options);
}
