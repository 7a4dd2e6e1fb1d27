/**
 * A measure's definition: its name, whether it is a volume or a personnel figure, what it counts, how many
 * decimals it is printed with, the years it was measured, and a footnote. The same form creates one and
 * changes one.
 */
import { type FormEvent, useState } from 'react';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf, optionalWholeNumber, wholeNumber } from '#web/kit/form-values.ts';
import { Notice } from '#web/kit/page.tsx';
import { type MeasureDto, volumesApi } from '../contract.ts';
import { MEASURE_KIND_LABELS, MEASURE_KINDS } from '../domain/measure.ts';

const DECIMALS = [
  { value: '', label: 'Som det skrivs in' },
  ...Array.from({ length: 7 }, (_, index) => ({ value: String(index), label: String(index) })),
];

export function MeasureForm(props: {
  /** The unit a new measure belongs to (its code). */
  org: string;
  year: number;
  measure?: MeasureDto;
  onCreated?: (measure: MeasureDto) => void;
}) {
  const { measure } = props;
  const prefix = measure ? `measure-${measure.id}` : 'new-measure';
  const [name, setName] = useState(measure?.name ?? '');
  const [kind, setKind] = useState<string>(measure?.kind ?? 'volume');
  const [unit, setUnit] = useState(measure?.unit ?? '');
  const [decimals, setDecimals] = useState(
    measure?.decimals === null || !measure ? '' : String(measure.decimals),
  );
  const [fromYear, setFromYear] = useState(String(measure?.validFromYear ?? props.year));
  const [toYear, setToYear] = useState(measure?.validToYear ? String(measure.validToYear) : '');
  const [note, setNote] = useState(measure?.note ?? '');
  const ids: Record<string, string> = {
    name: `${prefix}-name`,
    kind: `${prefix}-kind`,
    unit: `${prefix}-unit`,
    decimals: `${prefix}-decimals`,
    validFromYear: `${prefix}-from`,
    validToYear: `${prefix}-to`,
    note: `${prefix}-note`,
    orgUnitId: `${prefix}-name`,
  };
  const create = useApiMutation(volumesApi.createMeasure, {
    onSaved: (created) => {
      setName('');
      setUnit('');
      setNote('');
      props.onCreated?.(created as MeasureDto);
    },
  });
  const update = useApiMutation(volumesApi.updateMeasure);
  const { saving, error, saved } = measure ? update : create;
  const fields = {
    name,
    kind: oneOf(MEASURE_KINDS, kind, 'volume'),
    unit,
    decimals: decimals === '' ? null : Number(decimals),
    validFromYear: wholeNumber(fromYear),
    validToYear: optionalWholeNumber(toYear),
    note,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (measure) {
      update.save({ params: { id: measure.id }, body: { ...fields, version: measure.version } });
    } else {
      create.save({ body: { ...fields, orgUnitId: props.org } });
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{measure ? 'Måttets uppgifter' : 'Nytt mått'}</h3>
      <ErrorSummary error={error} fieldIds={ids} />
      {measure && saved && !error && <Notice kind="success">Måttet är sparat.</Notice>}
      <TextField
        id={ids.name as string}
        label="Namn"
        hint="Som det skrivs i tabellen, t.ex. ”Ärenden Kontakt Linköping” eller ”Total sjukfrånvaro”."
        value={name}
        onChange={setName}
        error={fieldError(error, 'name')}
      />
      <div className="field-row">
        <SelectField
          id={ids.kind as string}
          label="Typ"
          value={kind}
          onChange={setKind}
          options={MEASURE_KINDS.map((value) => ({ value, label: MEASURE_KIND_LABELS[value] }))}
          error={fieldError(error, 'kind')}
        />
        <TextField
          id={ids.unit as string}
          label="Måttenhet (valfri)"
          hint="T.ex. antal, timmar, %, årsarbetare."
          width="medium"
          value={unit}
          onChange={setUnit}
          error={fieldError(error, 'unit')}
        />
        <SelectField
          id={ids.decimals as string}
          label="Decimaler"
          value={decimals}
          onChange={setDecimals}
          options={DECIMALS}
          error={fieldError(error, 'decimals')}
        />
      </div>
      <div className="field-row">
        <TextField
          id={ids.validFromYear as string}
          label="Mäts från år"
          hint="Åren före skrivs ut som ”I.U.”."
          width="short"
          inputMode="numeric"
          value={fromYear}
          onChange={setFromYear}
          error={fieldError(error, 'validFromYear')}
        />
        <TextField
          id={ids.validToYear as string}
          label="Mäts till och med år (valfritt)"
          width="short"
          inputMode="numeric"
          value={toYear}
          onChange={setToYear}
          error={fieldError(error, 'validToYear')}
        />
      </div>
      <TextArea
        id={ids.note as string}
        label="Fotnot (valfri)"
        rows={2}
        value={note}
        onChange={setNote}
        error={fieldError(error, 'note')}
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : measure ? 'Spara måttet' : 'Skapa måttet'}
      </button>
    </form>
  );
}
