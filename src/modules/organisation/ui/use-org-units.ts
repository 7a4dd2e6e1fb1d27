/** The organisation's units, for this module's views and for other modules' pages. */
import { useApiQuery } from '#web/kit/api.ts';
import { organisationApi } from '../contract.ts';

/** All units, or those that existed in a year. */
export function useOrgUnits(year?: number) {
  return useApiQuery(organisationApi.list, { query: { year } });
}

/** One unit, by id or code; waits while `ref` is not known yet. */
export function useOrgUnit(ref: string | undefined) {
  return useApiQuery(organisationApi.get, { params: { ref: ref ?? '' } }, { enabled: ref !== undefined });
}
