/** Plan years from the budget year: the compensation for prices and wages, and how many years ahead. */
import { type FormEvent, useState } from 'react';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { TextField } from '#web/kit/field.tsx';
import { Notice } from '#web/kit/page.tsx';
import { economyApi } from '../contract.ts';

export function PlanYearsForm({ org, year }: { org: string; year: number }) {
  const [pricePercent, setPrice] = useState('2,5');
  const [wagePercent, setWage] = useState('3,0');
  const [wageShare, setShare] = useState('0,2');
  const [years, setYears] = useState('5');
  const [done, setDone] = useState<{ created: number; updated: number } | null>(null);
  const { save, saving, error } = useApiMutation(economyApi.generatePlanYears, { onSaved: setDone });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    save({ body: { orgUnitId: org, year, years: Number(years), pricePercent, wagePercent, wageShare } });
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="plan-years-title">
      <h3 id="plan-years-title">Planår efter {year}</h3>
      <p>
        Varje rad räknas upp år för år med lönedelen av lönekompensationen och resten av priskompensationen,
        och avrundas till hela kronor. Planåren kan sedan ändras rad för rad.
      </p>
      <ErrorSummary
        error={error}
        fieldIds={{
          pricePercent: 'plan-price',
          wagePercent: 'plan-wage',
          wageShare: 'plan-share',
          years: 'plan-years',
        }}
      />
      {done && (
        <Notice kind="success">
          Planåren är framräknade: {done.created} nya och {done.updated} ändrade rader.
        </Notice>
      )}
      <div className="field-row">
        <TextField
          id="plan-price"
          label="Priskompensation, %"
          value={pricePercent}
          onChange={setPrice}
          width="short"
          inputMode="decimal"
          error={fieldError(error, 'pricePercent')}
        />
        <TextField
          id="plan-wage"
          label="Lönekompensation, %"
          value={wagePercent}
          onChange={setWage}
          width="short"
          inputMode="decimal"
          error={fieldError(error, 'wagePercent')}
        />
        <TextField
          id="plan-share"
          label="Lönedel (0–1)"
          value={wageShare}
          onChange={setShare}
          width="short"
          inputMode="decimal"
          error={fieldError(error, 'wageShare')}
        />
        <TextField
          id="plan-years"
          label="Antal planår"
          value={years}
          onChange={setYears}
          width="short"
          inputMode="numeric"
          error={fieldError(error, 'years')}
        />
      </div>
      <button type="submit" className="button" disabled={saving}>
        Räkna fram planåren
      </button>
    </form>
  );
}
