/** What the signed-in user may do on the Ekonomi and Budget pages: nothing until the server has said. */
import type { OperationResult } from '#core/api.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { economyApi } from '../contract.ts';

type EconomyMay = OperationResult<typeof economyApi.permissions>;

const NOTHING: EconomyMay = {
  importLedger: false,
  closeYears: false,
  editCostCentres: false,
  adjustFrames: false,
  importBudgets: false,
  forecastUnits: [],
  planBudget: false,
};

/** `known`: whether the server has answered; until then every flag is false. */
export function useEconomyMay(year: number, org?: string): EconomyMay & { known: boolean } {
  const may = useApiQuery(economyApi.permissions, { query: org ? { org, year } : { year } });
  // A refusal shows nothing to change, rather than waiting for ever.
  return { ...(may.data ?? NOTHING), known: may.data !== undefined || may.isError };
}
