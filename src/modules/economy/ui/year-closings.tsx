/**
 * Bokslut: close a year once its whole ledger is in, which locks the year's ledger, budget and forecasts;
 * reopen it for a late correction. Both are recorded in the change log.
 */
import { type FormEvent, useState } from 'react';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { economyApi } from '../contract.ts';

/** `mayClose`: whether the user may close and reopen years; if not, the closed years are only listed. */
export function YearClosings({ years, mayClose }: { years: readonly number[]; mayClose: boolean }) {
  const closings = useApiQuery(economyApi.listClosings, {});
  const close = useApiMutation(economyApi.closeYear, { onSaved: () => setNote('') });
  const reopen = useApiMutation(economyApi.reopenYear);
  const closed = new Set((closings.data ?? []).map((closing) => closing.year));
  const open = years.filter((year) => !closed.has(year));
  const [year, setYear] = useState('');
  const [note, setNote] = useState('');
  if (closings.isPending) {
    return <Loading what="bokslut" />;
  }
  if (closings.isError) {
    return <LoadError error={closings.error} />;
  }
  const chosen = year || String(open[0] ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    close.save({ body: { year: Number(chosen), note: note || null } });
  };
  return (
    <section aria-labelledby="closings-title">
      <h2 id="closings-title">Bokslut</h2>
      <p>
        När hela årets huvudbok är inläst stängs bokslutet. Då låses årets huvudbok, budget och prognoser, så
        att årsredovisningens siffror inte ändras under nämnden.
      </p>
      {closings.data.length > 0 && (
        <table className="data-table">
          <caption>Stängda bokslut</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Kommentar</th>
              {mayClose && (
                <th scope="col">
                  <span className="visually-hidden">Åtgärd</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {closings.data.map((closing) => (
              <tr key={closing.id}>
                <th scope="row">{closing.year}</th>
                <td>{closing.note ?? ''}</td>
                {mayClose && (
                  <td>
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={reopen.saving}
                      onClick={() =>
                        reopen.save({ params: { id: closing.id }, query: { version: closing.version } })
                      }
                    >
                      Öppna bokslut {closing.year} igen
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {closings.data.length === 0 && !mayClose && <p>Inget år är stängt ännu.</p>}
      {mayClose && (
        <>
          <ErrorSummary error={reopen.error} fieldIds={{}} />
          <form onSubmit={submit} noValidate className="form">
            <ErrorSummary error={close.error} fieldIds={{ year: 'closing-year', note: 'closing-note' }} />
            <div className="field-row">
              <SelectField
                id="closing-year"
                label="År att stänga"
                value={chosen}
                onChange={setYear}
                error={fieldError(close.error, 'year')}
                options={open.map((candidate) => ({ value: String(candidate), label: String(candidate) }))}
              />
              <TextField
                id="closing-note"
                label="Kommentar (valfri)"
                value={note}
                onChange={setNote}
                error={fieldError(close.error, 'note')}
              />
            </div>
            <button type="submit" className="button" disabled={close.saving || open.length === 0}>
              Stäng bokslutet
            </button>
          </form>
        </>
      )}
    </section>
  );
}
