/**
 * An indicator's targets: every year and part, with how each notation is read, and a form that shows the
 * reading as it is typed (the same parser the server uses runs in the browser).
 */

import { type FormEvent, useState } from 'react';
import { api } from '#web/api-client.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { useSave } from '#web/use-save.ts';
import type { IndicatorDto, TargetDto } from '../contract.ts';
import { PART_LABELS } from '../domain/indicator.ts';
import { describeTarget, parseTarget } from '../domain/target.ts';
import { RowActions } from './record-controls.tsx';

function TargetForm({
  indicator,
  target,
  suggestedYear,
  onDone,
}: {
  indicator: IndicatorDto;
  target?: TargetDto;
  suggestedYear?: number;
  onDone: () => void;
}) {
  const [year, setYear] = useState(String(target?.year ?? suggestedYear ?? new Date().getFullYear()));
  const [part, setPart] = useState<string>(target?.part ?? 'total');
  const [notation, setNotation] = useState(target?.notation ?? '');
  const [note, setNote] = useState(target?.note ?? '');
  const invalidate = [['indicator', indicator.id], ['goal-sheet'], ['history']];
  const { save, saving, error } = useSave(
    () =>
      target
        ? api.put(`/api/v1/goals/targets/${target.id}`, { notation, note, version: target.version })
        : api.post('/api/v1/goals/targets', {
            indicatorId: indicator.id,
            year: /^\d+$/.test(year.trim()) ? Number(year.trim()) : year,
            part,
            notation,
            note,
          }),
    { invalidate, onSaved: onDone },
  );
  const prefix = target ? `target-${target.id}` : 'new-target';
  const ids = {
    year: `${prefix}-year`,
    part: `${prefix}-part`,
    notation: `${prefix}-notation`,
    note: `${prefix}-note`,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form">
      <ErrorSummary error={error} fieldIds={ids} />
      <div className="field-row">
        {!target && (
          <>
            <TextField
              id={ids.year}
              label="År"
              width="short"
              inputMode="numeric"
              value={year}
              onChange={setYear}
              error={fieldError(error, 'year')}
            />
            <SelectField
              id={ids.part}
              label="Del"
              value={part}
              onChange={setPart}
              error={fieldError(error, 'part')}
              options={(indicator.isGenderSplit
                ? (['total', 'women', 'men'] as const)
                : (['total'] as const)
              ).map((value) => ({ value, label: PART_LABELS[value] }))}
            />
          </>
        )}
        <TextField
          id={ids.notation}
          label="Målvärde"
          width="medium"
          hint={
            <>
              T.ex. ≥4,5 · ≤45 · ≤±5 · = 100 · Öka · Minska · Färre än 700 · Max 900 kr · fritext. Tolkas som:{' '}
              <strong>{describeTarget(parseTarget(notation), indicator.desiredDirection)}</strong>
            </>
          }
          value={notation}
          onChange={setNotation}
          error={fieldError(error, 'notation')}
        />
      </div>
      <TextField
        id={ids.note}
        label="Fotnot (valfri)"
        value={note}
        onChange={setNote}
        error={fieldError(error, 'note')}
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : target ? 'Spara målvärdet' : 'Lägg till målvärde'}
      </button>
      {target && (
        <button type="button" className="button button-secondary" onClick={onDone}>
          Avbryt
        </button>
      )}
    </form>
  );
}

export function TargetSection({
  indicator,
  targets,
}: {
  indicator: IndicatorDto;
  targets: readonly TargetDto[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useSave(
    (target: TargetDto) => api.delete(`/api/v1/goals/targets/${target.id}?version=${target.version}`),
    {
      invalidate: [['indicator', indicator.id], ['goal-sheet']],
    },
  );
  return (
    <>
      <ErrorSummary error={remove.error} />
      {targets.length === 0 ? (
        <p>Inga målvärden ännu.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Målvärden</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Del</th>
              <th scope="col">Målvärde</th>
              <th scope="col">Tolkas som</th>
              <th scope="col">Fotnot</th>
              <th scope="col">
                <span className="visually-hidden">Åtgärder</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) =>
              editing === target.id ? (
                <tr key={target.id}>
                  <td colSpan={6}>
                    <TargetForm indicator={indicator} target={target} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={target.id}>
                  <td>{target.year}</td>
                  <td>{PART_LABELS[target.part]}</td>
                  <td>{target.notation}</td>
                  <td>{target.interpretation.description}</td>
                  <td>{target.note ?? ''}</td>
                  <RowActions
                    what={`målvärdet för ${target.year}, ${PART_LABELS[target.part].toLowerCase()}`}
                    onEdit={() => setEditing(target.id)}
                    onDelete={() => remove.save(target)}
                  />
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <h3>Nytt målvärde</h3>
      <TargetForm
        key={targets.length}
        indicator={indicator}
        suggestedYear={targets.length > 0 ? Math.max(...targets.map((target) => target.year)) + 1 : undefined}
        onDone={() => {}}
      />
    </>
  );
}
