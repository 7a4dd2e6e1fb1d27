/** A unit's own history (its name, code, parent, validity …), with the kit's history section. */
import { HistorySection } from '#web/kit/history.tsx';
import { organisationApi } from '../contract.ts';
import { useOrgUnits } from './use-org-units.ts';

export function UnitHistory({ code }: { code: string }) {
  const units = useOrgUnits();
  return (
    <HistorySection
      title="Enhetens historik"
      operation={organisationApi.history}
      input={{ params: { ref: code } }}
      units={units.data}
    />
  );
}
