/**
 * One goal: its fields (editable), its indicators in order (reorder, add, open), links to its assessments
 * in the year's follow-up rounds, and its history. Retiring keeps the goal and its history.
 */

import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, apiPath } from '#web/api-client.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { useSave } from '#web/use-save.ts';
import type { GoalDto, IndicatorDto } from '../contract.ts';
import { DIRECTION_LABELS } from '../domain/indicator.ts';
import { GoalForm, goalPayload } from './goal-form.tsx';
import { HistorySection } from './history-list.tsx';
import { RetireControl } from './record-controls.tsx';

interface OrgUnitRef {
  id: string;
  code: string;
  name: string;
}

interface RoundRef {
  id: string;
  kind: string;
  name: string;
}

function IndicatorList({ goal, indicators }: { goal: GoalDto; indicators: IndicatorDto[] }) {
  const reorder = useSave((ids: string[]) => api.post('/api/v1/goals/indicators/reorder', { ids }), {
    invalidate: [['goal-indicators', goal.id], ['goal-sheet']],
  });
  const topLevel = indicators.filter((indicator) => indicator.parentIndicatorId === null);
  const move = (siblings: IndicatorDto[], index: number, by: number) => {
    const ids = siblings.map((indicator) => indicator.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved as string);
    reorder.save(ids);
  };
  const renderList = (siblings: IndicatorDto[]) => (
    <ol className="ordered-list">
      {siblings.map((indicator, index) => {
        const children = indicators.filter((child) => child.parentIndicatorId === indicator.id);
        return (
          <li key={indicator.id}>
            <div className="ordered-item">
              <Link to={`/indikatorer/${indicator.id}`}>{indicator.name}</Link>
              {indicator.isObligatory && <span className="tag">Obligatorisk</span>}
              {indicator.retiredAt && <span className="tag">Avvecklad</span>}
              <span className="order-buttons">
                <button
                  type="button"
                  className="small-button"
                  disabled={index === 0 || reorder.saving}
                  onClick={() => move(siblings, index, -1)}
                  aria-label={`Flytta upp ${indicator.name}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="small-button"
                  disabled={index === siblings.length - 1 || reorder.saving}
                  onClick={() => move(siblings, index, 1)}
                  aria-label={`Flytta ned ${indicator.name}`}
                >
                  ↓
                </button>
              </span>
            </div>
            {children.length > 0 && renderList(children)}
          </li>
        );
      })}
    </ol>
  );
  return (
    <>
      <ErrorSummary error={reorder.error} />
      {topLevel.length === 0 ? <p>Målet har inga indikatorer ännu.</p> : renderList(topLevel)}
    </>
  );
}

function NewIndicatorForm({ goal, indicators }: { goal: GoalDto; indicators: IndicatorDto[] }) {
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState('none');
  const [parent, setParent] = useState('');
  const { save, saving, error } = useSave(
    () =>
      api.post<IndicatorDto>('/api/v1/goals/indicators', {
        goalId: goal.id,
        name,
        unit,
        desiredDirection: direction,
        parentIndicatorId: parent || null,
      }),
    { invalidate: [['goal-indicators', goal.id], ['goal-sheet']], onSaved: () => setName('') },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(undefined);
  };
  const ids = {
    name: 'new-indicator-name',
    unit: 'new-indicator-unit',
    parentIndicatorId: 'new-indicator-parent',
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby="new-indicator-title">
      <h3 id="new-indicator-title">Ny indikator</h3>
      <ErrorSummary error={error} fieldIds={ids} />
      <TextField
        id={ids.name}
        label="Namn"
        value={name}
        onChange={setName}
        error={fieldError(error, 'name')}
      />
      <div className="field-row">
        <TextField
          id={ids.unit}
          label="Enhet"
          hint="T.ex. %, antal, 0-5"
          width="short"
          value={unit}
          onChange={setUnit}
          error={fieldError(error, 'unit')}
        />
        <SelectField
          id="new-indicator-direction"
          label="Önskvärd riktning"
          value={direction}
          onChange={setDirection}
          options={Object.entries(DIRECTION_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          id={ids.parentIndicatorId}
          label="Delindikator till"
          value={parent}
          onChange={setParent}
          error={fieldError(error, 'parentIndicatorId')}
          options={[
            { value: '', label: '(ingen – egen rad)' },
            ...indicators
              .filter((indicator) => indicator.parentIndicatorId === null)
              .map((indicator) => ({ value: indicator.id, label: indicator.name })),
          ]}
        />
      </div>
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : 'Lägg till indikator'}
      </button>
    </form>
  );
}

export function GoalPage() {
  const { goalId = '' } = useParams();
  const [params] = useSearchParams();
  const goal = useQuery({
    queryKey: ['goal', goalId],
    queryFn: () => api.get<GoalDto>(`/api/v1/goals/goals/${goalId}`),
  });
  const indicators = useQuery({
    queryKey: ['goal-indicators', goalId],
    queryFn: () => api.get<IndicatorDto[]>(`/api/v1/goals/goals/${goalId}/indicators`),
  });
  const unit = useQuery({
    queryKey: ['org-unit', goal.data?.orgUnitId],
    queryFn: () => api.get<OrgUnitRef>(`/api/v1/organisation/units/${goal.data?.orgUnitId}`),
    enabled: goal.data !== undefined,
  });
  const year = Number(params.get('ar')) || goal.data?.validFromYear;
  const rounds = useQuery({
    queryKey: ['rounds', year],
    queryFn: () => api.get<RoundRef[]>(apiPath('/planning/rounds', { year })),
    enabled: year !== undefined,
  });
  const update = useSave(
    (values: Parameters<typeof goalPayload>[0]) =>
      api.put<GoalDto>(`/api/v1/goals/goals/${goalId}`, {
        ...goalPayload(values),
        version: goal.data?.version,
      }),
    { invalidate: [['goal', goalId], ['goal-sheet'], ['history']] },
  );
  const retire = useSave(
    (retired: boolean) =>
      api.post<GoalDto>(`/api/v1/goals/goals/${goalId}/${retired ? 'retire' : 'reinstate'}`, {
        version: goal.data?.version,
      }),
    { invalidate: [['goal', goalId], ['goal-sheet'], ['history']] },
  );
  if (goal.isError) {
    return <LoadError error={goal.error} />;
  }
  if (!goal.data) {
    return <Loading what="målet" />;
  }
  const data = goal.data;
  const followUps = (rounds.data ?? []).filter((round) => round.kind !== 'budget');
  return (
    <>
      {unit.data && (
        <p>
          <Link to={`/${year}/${encodeURIComponent(unit.data.code)}`}>
            Tillbaka till {unit.data.name} {year}
          </Link>
        </p>
      )}
      <PageTitle title={data.name}>{data.name}</PageTitle>
      {data.retiredAt && (
        <Notice kind="warning">
          Målet är avvecklat. Det visas inte i enhetens måltabeller men historiken finns kvar.
        </Notice>
      )}
      {update.saved && !update.error && <Notice kind="success">Målet är sparat.</Notice>}

      <section aria-labelledby="assessments-title">
        <h2 id="assessments-title">Bedömningar {year}</h2>
        {followUps.length === 0 ? (
          <p>Det finns inga uppföljningstillfällen för {year}.</p>
        ) : (
          <ul className="link-list">
            {followUps.map((round) => (
              <li key={round.id}>
                <Link to={`/bedomning/${data.id}/${round.id}`}>Bedöm målet – {round.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">Indikatorer</h2>
        {indicators.data ? (
          <IndicatorList goal={data} indicators={indicators.data} />
        ) : (
          <Loading what="indikatorerna" />
        )}
        {indicators.data && <NewIndicatorForm goal={data} indicators={indicators.data} />}
      </section>

      <section aria-labelledby="edit-title">
        <h2 id="edit-title">Ändra målet</h2>
        <GoalForm
          key={data.version}
          initial={{
            name: data.name,
            description: data.description ?? '',
            municipalGoalId: data.municipalGoalId ?? '',
            validFromYear: String(data.validFromYear),
            validToYear: data.validToYear === null ? '' : String(data.validToYear),
          }}
          submitLabel="Spara ändringar"
          saving={update.saving}
          error={update.error}
          onSubmit={update.save}
        />
        <RetireControl
          noun="målet"
          isRetired={data.retiredAt !== null}
          saving={retire.saving}
          error={retire.error}
          onToggle={retire.save}
        />
      </section>

      <HistorySection path={`/api/v1/goals/goals/${data.id}/history`} />
    </>
  );
}
