/**
 * Which organisation unit each cost centre of the ledger belongs to. A cost centre whose code is a unit's
 * code needs no row here; these are the others.
 */
import { type FormEvent, useState } from 'react';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { economyApi } from '../contract.ts';

function AddCostCentre() {
  const units = useOrgUnits();
  const [code, setCode] = useState('');
  const [orgUnitId, setOrgUnitId] = useState('');
  const { save, saving, error } = useApiMutation(economyApi.createCostCentre, {
    onSaved: () => setCode(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({ body: { code, orgUnitId: orgUnitId || (units.data?.[0]?.id ?? '') } });
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary error={error} fieldIds={{ code: 'cost-centre-code', orgUnitId: 'cost-centre-unit' }} />
      <div className="field-row">
        <TextField
          id="cost-centre-code"
          label="Kostnadsställe"
          hint="Objektkoden i dimension 1 i SIE-filen, t.ex. 1410."
          value={code}
          onChange={setCode}
          width="short"
          error={fieldError(error, 'code')}
        />
        <SelectField
          id="cost-centre-unit"
          label="Hör till enheten"
          value={orgUnitId || (units.data?.[0]?.id ?? '')}
          onChange={setOrgUnitId}
          options={(units.data ?? []).map((unit) => ({
            value: unit.id,
            label: `${unit.name} (${unit.code})`,
          }))}
          error={fieldError(error, 'orgUnitId')}
        />
      </div>
      <button type="submit" className="button" disabled={saving}>
        Koppla kostnadsstället
      </button>
    </form>
  );
}

/** `mayEdit`: whether the user may link and remove cost centres; if not, they are only listed. */
export function CostCentres({ mayEdit }: { mayEdit: boolean }) {
  const centres = useApiQuery(economyApi.listCostCentres, {});
  const units = useOrgUnits();
  const remove = useApiMutation(economyApi.deleteCostCentre);
  const unitName = (id: string) => {
    const unit = units.data?.find((candidate) => candidate.id === id);
    return unit ? `${unit.name} (${unit.code})` : id;
  };
  return (
    <section aria-labelledby="cost-centres-title">
      <h2 id="cost-centres-title">Kostnadsställen</h2>
      {centres.isPending ? (
        <Loading what="kostnadsställen" />
      ) : centres.isError ? (
        <LoadError error={centres.error} />
      ) : centres.data.length === 0 ? (
        <p>Inga kostnadsställen är kopplade: huvudbokens kostnadsställen hittas genom enheternas koder.</p>
      ) : (
        <table className="data-table">
          <caption>Kostnadsställen kopplade till enheter</caption>
          <thead>
            <tr>
              <th scope="col">Kostnadsställe</th>
              <th scope="col">Dimension</th>
              <th scope="col">Enhet</th>
              {mayEdit && (
                <th scope="col">
                  <span className="visually-hidden">Åtgärd</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {centres.data.map((centre) => (
              <tr key={centre.id}>
                <th scope="row">{centre.code}</th>
                <td>{centre.dimension}</td>
                <td>{unitName(centre.orgUnitId)}</td>
                {mayEdit && (
                  <td>
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={remove.saving}
                      onClick={() =>
                        remove.save({ params: { id: centre.id }, query: { version: centre.version } })
                      }
                    >
                      Ta bort <span className="visually-hidden">kostnadsställe {centre.code}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayEdit && (
        <>
          <ErrorSummary error={remove.error} />
          <AddCostCentre />
        </>
      )}
    </section>
  );
}
