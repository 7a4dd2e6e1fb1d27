/** The form for a goal's own fields, for creating and for editing. */

import { type FormEvent, useState } from 'react';
import { type ApiError, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { optionalWholeNumber, wholeNumber } from '#web/kit/form-values.ts';
import { goalsApi } from '../contract.ts';

export interface GoalFormValues {
  name: string;
  description: string;
  municipalGoalId: string;
  validFromYear: string;
  validToYear: string;
}

const FIELD_IDS: Record<string, string> = {
  name: 'goal-name',
  description: 'goal-description',
  municipalGoalId: 'goal-municipal-goal',
  validFromYear: 'goal-valid-from',
  validToYear: 'goal-valid-to',
};

/** What the API expects, from what the form holds; a year that is not a number is named next to its field. */
export function goalPayload(values: GoalFormValues) {
  return {
    name: values.name,
    description: values.description,
    municipalGoalId: values.municipalGoalId || null,
    validFromYear: wholeNumber(values.validFromYear),
    validToYear: optionalWholeNumber(values.validToYear),
  };
}

export function GoalForm(props: {
  initial: GoalFormValues;
  submitLabel: string;
  saving: boolean;
  error: ApiError | null;
  onSubmit: (values: GoalFormValues) => void;
}) {
  const [values, setValues] = useState(props.initial);
  const set = (key: keyof GoalFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const year = Number(values.validFromYear) || undefined;
  const municipalGoals = useApiQuery(goalsApi.listMunicipalGoals, { query: { year } });
  const areas = useApiQuery(goalsApi.listGoalAreas, {});
  const areaName = (id: string) => areas.data?.find((area) => area.id === id)?.name ?? '';
  const options = [
    { value: '', label: '(inget kommunövergripande mål)' },
    ...(municipalGoals.data ?? []).map((goal) => ({
      value: goal.id,
      label: `${areaName(goal.goalAreaId)}: ${goal.name}`,
    })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(values);
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary error={props.error} fieldIds={FIELD_IDS} />
      <TextField
        id={FIELD_IDS.name as string}
        label="Namn"
        value={values.name}
        onChange={set('name')}
        required
        error={fieldError(props.error, 'name')}
      />
      <TextArea
        id={FIELD_IDS.description as string}
        label="Beskrivning"
        hint="Målets inriktning, som den står i budgetdokumentet."
        value={values.description}
        onChange={set('description')}
        error={fieldError(props.error, 'description')}
      />
      <SelectField
        id={FIELD_IDS.municipalGoalId as string}
        label="Kommunövergripande mål"
        hint="De mål som gäller det år målet börjar gälla."
        value={values.municipalGoalId}
        onChange={set('municipalGoalId')}
        options={options}
        error={fieldError(props.error, 'municipalGoalId')}
      />
      <div className="field-row">
        <TextField
          id={FIELD_IDS.validFromYear as string}
          label="Gäller från år"
          inputMode="numeric"
          width="short"
          value={values.validFromYear}
          onChange={set('validFromYear')}
          error={fieldError(props.error, 'validFromYear')}
        />
        <TextField
          id={FIELD_IDS.validToYear as string}
          label="Gäller till och med år"
          hint="Lämna tomt om målet gäller tills vidare."
          inputMode="numeric"
          width="short"
          value={values.validToYear}
          onChange={set('validToYear')}
          error={fieldError(props.error, 'validToYear')}
        />
      </div>
      <button type="submit" className="button" disabled={props.saving}>
        {props.saving ? 'Sparar …' : props.submitLabel}
      </button>
    </form>
  );
}
