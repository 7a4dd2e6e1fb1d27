/**
 * An activity of the verksamhetsplan: the goal it stands under, what is to be done, who does it, and when
 * it is to be done ("Slutfört": a date, a month, a quarter, a tertial or löpande under året). The same form
 * plans a new one and changes one.
 */
import { type FormEvent, useState } from 'react';
import type { OperationResult } from '#core/api.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf, optionalWholeNumber } from '#web/kit/form-values.ts';
import { Notice } from '#web/kit/page.tsx';
import { activitiesApi } from '../contract.ts';

type ActivityPlanDto = OperationResult<typeof activitiesApi.plan>;
type ActivityViewDto = ActivityPlanDto['goals'][number]['activities'][number];

import { MONTH_NAMES } from '#core/period.ts';
import { COMPLETION_KIND_LABELS, COMPLETION_KINDS, type CompletionKind } from '../domain/completion.ts';

const PERIODS: Readonly<Record<CompletionKind, number>> = {
  date: 0,
  month: 12,
  quarter: 4,
  tertial: 3,
  ongoing: 0,
};
const PERIOD_LABELS: Readonly<Record<CompletionKind, string>> = {
  date: '',
  month: 'Månad',
  quarter: 'Kvartal',
  tertial: 'Tertial',
  ongoing: '',
};
export function ActivityForm(props: {
  plan: ActivityPlanDto;
  units: readonly { readonly id: string; readonly code: string; readonly name: string }[];
  activity?: ActivityViewDto;
  onDone?: () => void;
}) {
  const { plan, activity } = props;
  const prefix = activity ? `activity-${activity.id}` : 'new-activity';
  const [goalId, setGoalId] = useState(activity?.goalId ?? plan.goalOptions[0]?.id ?? '');
  const [text, setText] = useState(activity?.text ?? '');
  const [responsible, setResponsible] = useState(activity?.responsibleUnit.code ?? plan.orgUnit.code);
  const [kind, setKind] = useState<string>(activity?.completionKind ?? 'tertial');
  const [number, setNumber] = useState(String(activity?.completionNumber ?? 1));
  const [year, setYear] = useState(activity?.completionYear ? String(activity.completionYear) : '');
  const [date, setDate] = useState(activity?.completionDate ?? '');
  const ids: Record<string, string> = {
    goalId: `${prefix}-goal`,
    text: `${prefix}-text`,
    responsibleUnitId: `${prefix}-responsible`,
    completionKind: `${prefix}-kind`,
    completionNumber: `${prefix}-number`,
    completionYear: `${prefix}-year`,
    completionDate: `${prefix}-date`,
  };
  const create = useApiMutation(activitiesApi.create, {
    onSaved: () => {
      setText('');
      props.onDone?.();
    },
  });
  const update = useApiMutation(activitiesApi.update, { onSaved: () => props.onDone?.() });
  const { saving, error, saved } = activity ? update : create;
  const completionKind = oneOf(COMPLETION_KINDS, kind, 'tertial');
  const periods = PERIODS[completionKind];
  const fields = {
    goalId,
    text,
    responsibleUnitId: responsible,
    completionKind,
    completionNumber: periods > 0 ? Number(number) : null,
    completionYear: periods > 0 ? optionalWholeNumber(year) : null,
    completionDate: completionKind === 'date' ? date || null : null,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (activity) {
      update.save({ params: { id: activity.id }, body: { ...fields, version: activity.version } });
    } else {
      create.save({ body: { ...fields, orgUnitId: plan.orgUnit.code, year: plan.year } });
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{activity ? 'Ändra aktiviteten' : 'Ny aktivitet'}</h3>
      <ErrorSummary error={error} fieldIds={ids} />
      {!activity && saved && !error && <Notice kind="success">Aktiviteten är sparad.</Notice>}
      <SelectField
        id={ids.goalId as string}
        label="Mål"
        value={goalId}
        onChange={setGoalId}
        options={plan.goalOptions.map((goal) => ({
          value: goal.id,
          label: goal.orgUnitCode === plan.orgUnit.code ? goal.name : `${goal.name} (${goal.orgUnitCode})`,
        }))}
        error={fieldError(error, 'goalId')}
      />
      <TextArea
        id={ids.text as string}
        label="Aktivitet"
        hint="Vad som ska göras, t.ex. ”Utbildning av medarbetare samt aktiv uppföljning”."
        rows={2}
        value={text}
        onChange={setText}
        error={fieldError(error, 'text')}
      />
      <SelectField
        id={ids.responsibleUnitId as string}
        label="Ansvarig enhet"
        value={responsible}
        onChange={setResponsible}
        options={props.units.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
        error={fieldError(error, 'responsibleUnitId')}
      />
      <div className="field-row">
        <SelectField
          id={ids.completionKind as string}
          label="Slutfört"
          value={completionKind}
          onChange={setKind}
          options={COMPLETION_KINDS.map((value) => ({ value, label: COMPLETION_KIND_LABELS[value] }))}
          error={fieldError(error, 'completionKind')}
        />
        {periods > 0 && (
          <>
            <SelectField
              id={ids.completionNumber as string}
              label={PERIOD_LABELS[completionKind]}
              value={number}
              onChange={setNumber}
              options={Array.from({ length: periods }, (_, index) => ({
                value: String(index + 1),
                label: completionKind === 'month' ? (MONTH_NAMES[index] ?? '') : String(index + 1),
              }))}
              error={fieldError(error, 'completionNumber')}
            />
            <TextField
              id={ids.completionYear as string}
              label="År (valfritt)"
              hint={`Tomt: planens år, ${plan.year}.`}
              width="short"
              inputMode="numeric"
              value={year}
              onChange={setYear}
              error={fieldError(error, 'completionYear')}
            />
          </>
        )}
        {completionKind === 'date' && (
          <TextField
            id={ids.completionDate as string}
            label="Datum"
            type="date"
            width="medium"
            value={date}
            onChange={setDate}
            error={fieldError(error, 'completionDate')}
          />
        )}
      </div>
      <div className="actions-row">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Sparar …' : activity ? 'Spara aktiviteten' : 'Lägg till aktiviteten'}
        </button>
        {activity && (
          <button type="button" className="button button-secondary" onClick={props.onDone}>
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}
