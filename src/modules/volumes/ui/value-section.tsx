/**
 * A measure's values, year by year: outcomes, budget, plan, forecasts and targets, each a total with
 * optional parts for men and women, or "ingen uppgift" with its reason. Figures are typed the Swedish way
 * ("1 234,5").
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { formatDecimal } from '#core/format.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { CheckboxField, SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf, wholeNumber } from '#web/kit/form-values.ts';
import { ConfirmDelete } from '#web/kit/record-form.tsx';
import { type MeasureDto, type MeasureValueDto, volumesApi } from '../contract.ts';
import { NO_DATA_TEXT } from '../domain/layout.ts';
import {
  GENDER_PART_LABELS,
  GENDER_PARTS,
  type GenderPart,
  VALUE_KIND_LABELS,
  VALUE_KINDS,
  VALUE_PERIOD_LABELS,
  VALUE_PERIODS,
} from '../domain/measure.ts';

/** A stored figure as a person types it: "283 648", "5,9", "-3". */
function typed(value: string | null): string {
  return value === null ? '' : formatDecimal(value).replace(/\u2212/g, '-');
}

function ValueForm(props: {
  measure: MeasureDto;
  year: number;
  value?: MeasureValueDto;
  onDone: () => void;
}) {
  const { measure, value } = props;
  const prefix = value ? `value-${value.id}` : `new-value-${measure.id}`;
  const [year, setYear] = useState(String(value?.year ?? Math.max(props.year, measure.validFromYear)));
  const [kind, setKind] = useState<string>(value?.kind ?? 'outcome');
  const [period, setPeriod] = useState<string>(value?.period ?? 'year');
  const [total, setTotal] = useState(typed(value?.total ?? null));
  const [parts, setParts] = useState<Record<GenderPart, string>>({
    men: typed(value?.men ?? null),
    women: typed(value?.women ?? null),
  });
  const [noData, setNoData] = useState(value?.noData ?? false);
  const [reason, setReason] = useState(value?.noDataReason ?? '');
  const [note, setNote] = useState(value?.note ?? '');
  const ids: Record<string, string> = {
    measureId: `${prefix}-year`,
    year: `${prefix}-year`,
    kind: `${prefix}-kind`,
    period: `${prefix}-period`,
    total: `${prefix}-total`,
    men: `${prefix}-men`,
    women: `${prefix}-women`,
    noDataReason: `${prefix}-reason`,
    note: `${prefix}-note`,
  };
  const create = useApiMutation(volumesApi.createValue, {
    onSaved: () => {
      setTotal('');
      setParts({ men: '', women: '' });
      setNoData(false);
      setReason('');
      setNote('');
      props.onDone();
    },
  });
  const update = useApiMutation(volumesApi.updateValue, { onSaved: props.onDone });
  const { saving, error } = value ? update : create;
  const figures = {
    total: noData ? null : total.trim() || null,
    men: noData ? null : parts.men.trim() || null,
    women: noData ? null : parts.women.trim() || null,
    noData,
    noDataReason: noData ? reason : null,
    note,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value) {
      update.save({ params: { id: value.id }, body: { ...figures, version: value.version } });
    } else {
      create.save({
        body: {
          ...figures,
          measureId: measure.id,
          year: wholeNumber(year),
          kind: oneOf(VALUE_KINDS, kind, 'outcome'),
          period: oneOf(VALUE_PERIODS, period, 'year'),
        },
      });
    }
  };
  const unit = measure.unit ? ` (${measure.unit})` : '';
  return (
    <form
      onSubmit={submit}
      noValidate
      className="form inline-form"
      aria-label={value ? 'Ändra värdet' : 'Nytt värde'}
    >
      <ErrorSummary error={error} fieldIds={ids} />
      {!value && (
        <div className="field-row">
          <TextField
            id={ids.year as string}
            label="År"
            width="short"
            inputMode="numeric"
            value={year}
            onChange={setYear}
            error={fieldError(error, 'year')}
          />
          <SelectField
            id={ids.kind as string}
            label="Typ av värde"
            value={kind}
            onChange={setKind}
            options={VALUE_KINDS.map((option) => ({ value: option, label: VALUE_KIND_LABELS[option] }))}
            error={fieldError(error, 'kind')}
          />
          <SelectField
            id={ids.period as string}
            label="Period"
            hint="Helår, eller det uppföljningstillfälle som värdet gäller: ett delårsutfall, en prognos."
            value={period}
            onChange={setPeriod}
            options={VALUE_PERIODS.map((option) => ({ value: option, label: VALUE_PERIOD_LABELS[option] }))}
            error={fieldError(error, 'period')}
          />
        </div>
      )}
      <div className="field-row">
        <TextField
          id={ids.total as string}
          label={`Totalt${unit}`}
          width="medium"
          inputMode="decimal"
          value={noData ? '' : total}
          onChange={setTotal}
          error={fieldError(error, 'total')}
        />
        {GENDER_PARTS.map((part) => (
          <TextField
            key={part}
            id={ids[part] as string}
            label={`${GENDER_PART_LABELS[part]} (valfritt)`}
            width="medium"
            inputMode="decimal"
            value={noData ? '' : parts[part]}
            onChange={(text) => setParts((current) => ({ ...current, [part]: text }))}
            error={fieldError(error, part)}
          />
        ))}
      </div>
      <CheckboxField
        id={`${prefix}-nodata`}
        label="Ingen uppgift (I.U.)"
        hint="Uppgiften finns men går inte att få fram. Då anges inga värden."
        checked={noData}
        onChange={setNoData}
      />
      {noData && (
        <TextField
          id={ids.noDataReason as string}
          label="Orsak till att uppgift saknas"
          value={reason}
          onChange={setReason}
          error={fieldError(error, 'noDataReason')}
        />
      )}
      <TextArea
        id={ids.note as string}
        label="Fotnot (valfri)"
        rows={2}
        value={note}
        onChange={setNote}
        error={fieldError(error, 'note')}
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : value ? 'Spara värdet' : 'Lägg till värdet'}
      </button>
      {value && (
        <button type="button" className="button button-secondary" onClick={props.onDone}>
          Avbryt
        </button>
      )}
    </form>
  );
}

function cellText(value: MeasureValueDto, part: 'total' | GenderPart): string {
  if (value.noData) {
    return part === 'total' ? NO_DATA_TEXT : '';
  }
  const figure = value[part];
  return figure === null ? '' : formatDecimal(figure);
}

/** `mayReport`: whether the user may add, change and remove the values; if not, they are only shown. */
export function ValueSection({
  measure,
  values,
  year,
  mayReport,
  findings,
}: {
  measure: MeasureDto;
  values: readonly MeasureValueDto[];
  year: number;
  mayReport: boolean;
  /** The consistency checks' findings about the values, shown under their table. */
  findings?: ReactNode;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useApiMutation(volumesApi.deleteValue);
  const describe = (value: MeasureValueDto) =>
    `${VALUE_KIND_LABELS[value.kind].toLowerCase()} ${value.year} (${VALUE_PERIOD_LABELS[value.period].toLowerCase()})`;
  return (
    <>
      <ErrorSummary error={remove.error} />
      {values.length === 0 ? (
        <p>Måttet har inga värden ännu.</p>
      ) : (
        <table className="data-table">
          <caption>Värden för {measure.name}</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Typ</th>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Totalt
              </th>
              {GENDER_PARTS.map((part) => (
                <th scope="col" key={part} className="num">
                  {GENDER_PART_LABELS[part]}
                </th>
              ))}
              <th scope="col">Anmärkning</th>
              {mayReport && (
                <th scope="col">
                  <span className="visually-hidden">Åtgärder</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {values.map((value) =>
              editing === value.id ? (
                <tr key={value.id}>
                  <td colSpan={8}>
                    <p>Ändra {describe(value)}:</p>
                    <ValueForm measure={measure} year={year} value={value} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={value.id}>
                  <td>{value.year}</td>
                  <td>{VALUE_KIND_LABELS[value.kind]}</td>
                  <td>{VALUE_PERIOD_LABELS[value.period]}</td>
                  <td className="num">{cellText(value, 'total')}</td>
                  {GENDER_PARTS.map((part) => (
                    <td key={part} className="num">
                      {cellText(value, part)}
                    </td>
                  ))}
                  <td>{[value.noDataReason, value.note].filter(Boolean).join(' · ')}</td>
                  {mayReport && (
                    <td className="actions">
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => setEditing(value.id)}
                        aria-label={`Ändra ${describe(value)}`}
                      >
                        Ändra
                      </button>
                      <ConfirmDelete
                        what={describe(value)}
                        saving={remove.saving}
                        // The table's own summary above shows a refusal.
                        error={null}
                        onConfirm={() =>
                          remove.save({ params: { id: value.id }, query: { version: value.version } })
                        }
                      />
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {findings}
      {mayReport && (
        <>
          <h4>Nytt värde</h4>
          <ValueForm key={measure.id} measure={measure} year={year} onDone={() => {}} />
        </>
      )}
    </>
  );
}
