/**
 * A unit's forecast for the whole year at an interim round: costs and revenues in kronor, or the net cost
 * alone, and a comment – a new one or the one already given, changed with the version read.
 */
import { type FormEvent, useState } from 'react';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { HistoryDetails } from '#web/kit/history.tsx';
import { LoadError, Loading, Notice } from '#web/kit/page.tsx';
import { ROUND_KIND_LABELS } from '../../planning/domain/index.ts';
import { economyApi, type ForecastDto } from '../contract.ts';
import { FORECAST_ROUNDS } from '../model.ts';

type Round = (typeof FORECAST_ROUNDS)[number];

/** How the forecast is given: costs and revenues, or only the net (issue 6 item 5). */
type Form = 'gross' | 'net';

const FORM_LABELS: Readonly<Record<Form, string>> = {
  gross: 'Kostnader och intäkter',
  net: 'Bara netto (nettokostnad)',
};

function FormChoice({ form, onChange }: { form: Form; onChange: (form: Form) => void }) {
  return (
    <fieldset className="field">
      <legend>Prognosen anges som</legend>
      <div className="radios">
        {(['gross', 'net'] as const).map((value) => (
          <div className="radio" key={value}>
            <input
              type="radio"
              id={`forecast-form-${value}`}
              name="forecast-form"
              value={value}
              checked={form === value}
              onChange={() => onChange(value)}
            />
            <label htmlFor={`forecast-form-${value}`}>{FORM_LABELS[value]}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function ForecastFields({
  orgUnitId,
  year,
  round,
  current,
}: {
  orgUnitId: string;
  year: number;
  round: Round;
  current: ForecastDto | undefined;
}) {
  const [form, setForm] = useState<Form>(current?.netCost != null ? 'net' : 'gross');
  const [costs, setCosts] = useState(current?.costs ?? '');
  const [revenues, setRevenues] = useState(current?.revenues ?? '');
  const [netCost, setNetCost] = useState(current?.netCost ?? '');
  const [comment, setComment] = useState(current?.comment ?? '');
  const create = useApiMutation(economyApi.createForecast);
  const update = useApiMutation(economyApi.updateForecast);
  const error = create.error ?? update.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only the chosen form's figures are sent; the other's are cleared, so a forecast is never both.
    const figures =
      form === 'net' ? { costs: null, revenues: null, netCost } : { costs, revenues, netCost: null };
    if (current) {
      update.save({ params: { id: current.id }, body: { version: current.version, ...figures, comment } });
    } else {
      create.save({ body: { orgUnitId, year, round, ...figures, comment } });
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary
        error={error}
        fieldIds={{
          costs: 'forecast-costs',
          revenues: 'forecast-revenues',
          netCost: 'forecast-net-cost',
          comment: 'forecast-comment',
        }}
      />
      {(create.saved || update.saved) && <Notice kind="success">Prognosen är sparad.</Notice>}
      <FormChoice form={form} onChange={setForm} />
      {form === 'gross' ? (
        <div className="field-row">
          <TextField
            id="forecast-costs"
            label="Kostnader helår, kr"
            value={costs}
            onChange={setCosts}
            width="medium"
            inputMode="decimal"
            error={fieldError(error, 'costs')}
          />
          <TextField
            id="forecast-revenues"
            label="Intäkter helår, kr"
            value={revenues}
            onChange={setRevenues}
            width="medium"
            inputMode="decimal"
            error={fieldError(error, 'revenues')}
          />
        </div>
      ) : (
        <TextField
          id="forecast-net-cost"
          label="Nettokostnad helår, kr"
          hint="Kostnader minus intäkter; ett överskott skrivs negativt, t.ex. −1 200 000. Driftsammandraget visar då nettot och lämnar varav kostnader och varav intäkter tomma."
          value={netCost}
          onChange={setNetCost}
          width="medium"
          inputMode="decimal"
          error={fieldError(error, 'netCost')}
        />
      )}
      <TextArea
        id="forecast-comment"
        label="Kommentar"
        hint="Vad som driver prognosen: avvikelser mot budget och deras orsaker."
        value={comment}
        onChange={setComment}
        error={fieldError(error, 'comment')}
      />
      <button type="submit" className="button" disabled={create.saving || update.saving}>
        {current ? 'Spara ändrad prognos' : 'Spara prognosen'}
      </button>
      {current && (
        <HistoryDetails
          summary="Prognosens historik"
          operation={economyApi.history}
          input={{ params: { kind: 'forecasts', id: current.id } }}
        />
      )}
    </form>
  );
}

/** The form for the units the user may give a forecast for (`unitIds`, from the policy). */
export function ForecastForm({
  year: initialYear,
  years,
  unitIds,
}: {
  year: number;
  years: readonly number[];
  unitIds: readonly string[];
}) {
  const units = (useOrgUnits().data ?? []).filter((unit) => unitIds.includes(unit.id));
  const [org, setOrg] = useState('');
  const [year, setYear] = useState(String(initialYear));
  const [round, setRound] = useState<Round>('august');
  const unit = units.find((candidate) => candidate.code === org) ?? units[0];
  const forecasts = useApiQuery(economyApi.listForecasts, { query: { year: Number(year), round } });
  const current = forecasts.data?.find((forecast) => forecast.orgUnitId === unit?.id);
  return (
    <section aria-labelledby="forecast-title">
      <h2 id="forecast-title">Helårsprognos</h2>
      <p>
        Varje enhet lämnar vid delåren en prognos för hela året. Driftsammandraget visar prognoserna när ett
        uppföljningstillfälle är valt; en enhet utan egen prognos summeras från enheterna under den.
      </p>
      <div className="field-row">
        <SelectField
          id="forecast-org"
          label="Enhet"
          value={unit?.code ?? ''}
          onChange={setOrg}
          options={units.map((option) => ({
            value: option.code,
            label: `${option.name} (${option.code})`,
          }))}
        />
        <SelectField
          id="forecast-year"
          label="År"
          value={year}
          onChange={setYear}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="forecast-round"
          label="Uppföljningstillfälle"
          value={round}
          onChange={(value) => setRound(oneOf(FORECAST_ROUNDS, value, 'august'))}
          options={FORECAST_ROUNDS.map((value) => ({ value, label: ROUND_KIND_LABELS[value] }))}
        />
      </div>
      {forecasts.isPending ? (
        <Loading what="prognoserna" />
      ) : forecasts.isError ? (
        <LoadError error={forecasts.error} />
      ) : (
        unit && (
          <ForecastFields
            key={`${unit.id}-${year}-${round}`}
            orgUnitId={unit.id}
            year={Number(year)}
            round={round}
            current={current}
          />
        )
      )}
    </section>
  );
}
