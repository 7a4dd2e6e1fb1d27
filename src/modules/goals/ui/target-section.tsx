/**
 * An indicator's targets: every year and part, with how each notation is read, and a form that shows the
 * reading as it is typed (the same parser the server uses runs in the browser).
 */

import { type FormEvent, useState } from 'react';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { oneOf, wholeNumber } from '#web/kit/form-values.ts';
import { goalsApi, type IndicatorDto, type TargetDto } from '../contract.ts';
import { INDICATOR_PARTS, type IndicatorPart, PART_LABELS } from '../domain/indicator.ts';
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
  const [part, setPart] = useState<IndicatorPart>(target?.part ?? 'total');
  const [notation, setNotation] = useState(target?.notation ?? '');
  const [note, setNote] = useState(target?.note ?? '');
  const create = useApiMutation(goalsApi.createTarget, { onSaved: onDone });
  const update = useApiMutation(goalsApi.updateTarget, { onSaved: onDone });
  const { saving, error } = target ? update : create;
  const prefix = target ? `target-${target.id}` : 'new-target';
  const ids = {
    year: `${prefix}-year`,
    part: `${prefix}-part`,
    notation: `${prefix}-notation`,
    note: `${prefix}-note`,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target) {
      update.save({ params: { id: target.id }, body: { notation, note, version: target.version } });
    } else {
      create.save({ body: { indicatorId: indicator.id, year: wholeNumber(year), part, notation, note } });
    }
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
              onChange={(value) => setPart(oneOf(INDICATOR_PARTS, value, 'total'))}
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
  mayPlan,
}: {
  indicator: IndicatorDto;
  targets: readonly TargetDto[];
  /** Whether the user may add, change and remove the targets (the page's data says). */
  mayPlan: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useApiMutation(goalsApi.deleteTarget);
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
              {mayPlan && (
                <th scope="col">
                  <span className="visually-hidden">Åtgärder</span>
                </th>
              )}
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
                  {mayPlan && (
                    <RowActions
                      what={`målvärdet för ${target.year}, ${PART_LABELS[target.part].toLowerCase()}`}
                      onEdit={() => setEditing(target.id)}
                      onDelete={() =>
                        remove.save({ params: { id: target.id }, query: { version: target.version } })
                      }
                      deleting={remove.saving}
                    />
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {mayPlan && (
        <>
          <h3>Nytt målvärde</h3>
          <TargetForm
            key={targets.length}
            indicator={indicator}
            suggestedYear={
              targets.length > 0 ? Math.max(...targets.map((target) => target.year)) + 1 : undefined
            }
            onDone={() => {}}
          />
        </>
      )}
    </>
  );
}
