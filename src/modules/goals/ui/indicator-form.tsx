/** The form for an indicator's definition. */

import { type FormEvent, useState } from 'react';
import type { OperationInput } from '#core/api.ts';
import { type ApiError, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { CheckboxField, SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf, optionalWholeNumber } from '#web/kit/form-values.ts';
import { goalsApi, type IndicatorDto } from '../contract.ts';
import { DATA_SOURCE_LABELS, DATA_SOURCES, DIRECTION_LABELS } from '../domain/indicator.ts';
import { DESIRED_DIRECTIONS } from '../domain/target.ts';

/** What saving the definition sends. */
export type IndicatorChange = OperationInput<typeof goalsApi.updateIndicator>['body'];

const IDS: Record<string, string> = {
  name: 'indicator-name',
  unit: 'indicator-unit',
  decimals: 'indicator-decimals',
  desiredDirection: 'indicator-direction',
  parentIndicatorId: 'indicator-parent',
  definition: 'indicator-definition',
  dataSource: 'indicator-source',
  computation: 'indicator-computation',
};

export function IndicatorForm(props: {
  indicator: IndicatorDto;
  siblings: readonly IndicatorDto[];
  saving: boolean;
  error: ApiError | null;
  onSubmit: (change: IndicatorChange) => void;
}) {
  const { indicator } = props;
  const [values, setValues] = useState({
    name: indicator.name,
    unit: indicator.unit ?? '',
    decimals: indicator.decimals === null ? '' : String(indicator.decimals),
    desiredDirection: indicator.desiredDirection,
    parentIndicatorId: indicator.parentIndicatorId ?? '',
    definition: indicator.definition ?? '',
    dataSource: indicator.dataSource,
    computation: indicator.computation ?? '',
    isObligatory: indicator.isObligatory,
    isGenderSplit: indicator.isGenderSplit,
  });
  const set =
    <K extends keyof typeof values>(key: K) =>
    (value: (typeof values)[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit({
      goalId: indicator.goalId,
      name: values.name,
      unit: values.unit,
      decimals: optionalWholeNumber(values.decimals),
      desiredDirection: values.desiredDirection,
      parentIndicatorId: values.parentIndicatorId || null,
      definition: values.definition,
      dataSource: values.computation ? 'computed' : values.dataSource,
      computation: values.computation || null,
      isObligatory: values.isObligatory,
      isGenderSplit: values.isGenderSplit,
      version: indicator.version,
    });
  };
  const computations =
    useApiQuery(goalsApi.listIndicatorComputations, {
      query: { goalId: indicator.goalId },
    }).data ?? [];
  const chosen = computations.find((computation) => computation.key === values.computation);
  const parents = props.siblings.filter(
    (candidate) => candidate.parentIndicatorId === null && candidate.id !== indicator.id,
  );
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary error={props.error} fieldIds={IDS} />
      <TextField
        id={IDS.name as string}
        label="Namn"
        value={values.name}
        onChange={set('name')}
        error={fieldError(props.error, 'name')}
      />
      <div className="field-row">
        <TextField
          id={IDS.unit as string}
          label="Enhet"
          hint="T.ex. %, antal, 0-5, gram"
          width="short"
          value={values.unit}
          onChange={set('unit')}
          error={fieldError(props.error, 'unit')}
        />
        <TextField
          id={IDS.decimals as string}
          label="Decimaler"
          hint="Tomt: som inmatat"
          width="short"
          inputMode="numeric"
          value={values.decimals}
          onChange={set('decimals')}
          error={fieldError(props.error, 'decimals')}
        />
        <SelectField
          id={IDS.desiredDirection as string}
          label="Önskvärd riktning"
          hint="Avgör hur ett målvärde utan jämförelsetecken läses."
          value={values.desiredDirection}
          onChange={(value) =>
            set('desiredDirection')(oneOf(DESIRED_DIRECTIONS, value, values.desiredDirection))
          }
          options={Object.entries(DIRECTION_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <div className="field-row">
        <SelectField
          id={IDS.parentIndicatorId as string}
          label="Delindikator till"
          value={values.parentIndicatorId}
          onChange={set('parentIndicatorId')}
          error={fieldError(props.error, 'parentIndicatorId')}
          options={[
            { value: '', label: '(ingen – egen rad)' },
            ...parents.map((parent) => ({ value: parent.id, label: parent.name })),
          ]}
        />
        <SelectField
          id={IDS.dataSource as string}
          label="Källa för utfall"
          value={values.dataSource}
          onChange={(value) => set('dataSource')(oneOf(DATA_SOURCES, value, values.dataSource))}
          options={Object.entries(DATA_SOURCE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <SelectField
        id={IDS.computation as string}
        label="Beräknas ur"
        hint={
          chosen
            ? `Utfallen beräknas: ${chosen.description} Skriv bara in utfall för perioder utan underlag.`
            : 'Välj en beräkning om utfallen ska hämtas ur ekonomin i stället för att skrivas in.'
        }
        value={values.computation}
        onChange={set('computation')}
        error={fieldError(props.error, 'computation')}
        options={[
          { value: '', label: '(skrivs in)' },
          ...computations.map((computation) => ({ value: computation.key, label: computation.label })),
        ]}
      />
      <TextArea
        id={IDS.definition as string}
        label="Definition"
        hint="Visas som fotnot under tabellen."
        rows={3}
        value={values.definition}
        onChange={set('definition')}
        error={fieldError(props.error, 'definition')}
      />
      <CheckboxField
        id="indicator-obligatory"
        label="Obligatorisk indikator"
        hint="Fastställd centralt; gäller alla nämnder."
        checked={values.isObligatory}
        onChange={set('isObligatory')}
      />
      <CheckboxField
        id="indicator-gender"
        label="Redovisas könsuppdelat (kvinnor och män)"
        checked={values.isGenderSplit}
        onChange={set('isGenderSplit')}
      />
      <button type="submit" className="button" disabled={props.saving}>
        {props.saving ? 'Sparar …' : 'Spara indikatorn'}
      </button>
    </form>
  );
}
