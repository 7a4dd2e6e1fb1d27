/** What the signed-in user may do in a unit's verksamhetsplan: nothing until the server has said. */
import type { OperationResult } from '#core/api.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { activitiesApi } from '../contract.ts';

type ActivitiesMay = OperationResult<typeof activitiesApi.permissions>;

const NOTHING: ActivitiesMay = { plan: false, reportActivities: [] };

/**
 * For the unit, the year and (optionally) the round whose statuses are shown. `known`: whether the server
 * has answered; until then, and after a refusal, every flag is false.
 */
export function useActivitiesMay(
  org: string,
  year: number,
  round?: string | null,
): ActivitiesMay & { known: boolean } {
  const may = useApiQuery(activitiesApi.permissions, {
    query: round ? { org, year, round } : { org, year },
  });
  // A refusal shows nothing to change, rather than waiting for ever.
  return { ...(may.data ?? NOTHING), known: may.data !== undefined || may.isError };
}
