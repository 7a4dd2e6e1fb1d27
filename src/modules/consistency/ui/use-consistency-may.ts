/** What the signed-in user may do on the page Kontroller: nothing until the server has said. */
import type { OperationResult } from '#core/api.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { consistencyApi } from '../contract.ts';

type ConsistencyMay = OperationResult<typeof consistencyApi.permissions>;

const NOTHING: ConsistencyMay = { acknowledge: false };

/** `known`: whether the server has answered; until then, and after a refusal, every flag is false. */
export function useConsistencyMay(org: string, year: number): ConsistencyMay & { known: boolean } {
  const may = useApiQuery(consistencyApi.permissions, { query: { org, year } });
  // A refusal shows nothing to change, rather than waiting for ever.
  return { ...(may.data ?? NOTHING), known: may.data !== undefined || may.isError };
}
