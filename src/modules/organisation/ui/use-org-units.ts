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

/**
 * The unit a page about one unit shows: the one chosen (in its address), else VSS – the unit the demo is
 * built around, so a first visit opens on its tables – else the first unit. One place for that choice.
 */
export function shownUnitCode(
  units: readonly { readonly code: string }[] | undefined,
  chosen: string | null | undefined,
): string {
  return chosen || units?.find((unit) => unit.code === 'VSS')?.code || units?.[0]?.code || '';
}
