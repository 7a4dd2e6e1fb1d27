/**
 * One goal: its fields, its indicators in order (open each), links to its assessments in the year's
 * follow-up rounds, and its history. Those who may plan the goal's unit – the page's data says so, decided
 * by the server's policy – also change the goal, add and reorder indicators and retire the goal (which
 * keeps it and its history).
 */

import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useOrgUnit, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useRounds } from '#modules/planning/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { HistorySection } from '#web/kit/history.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { type GoalDto, goalsApi, type IndicatorDto } from '../contract.ts';
import { DIRECTION_LABELS } from '../domain/indicator.ts';
import { DESIRED_DIRECTIONS, type DesiredDirection } from '../domain/target.ts';
import { GoalForm, type GoalFormValues, goalPayload } from './goal-form.tsx';
import { RetireControl } from './record-controls.tsx';

function IndicatorList({
  indicators,
  mayReorder,
}: {
  indicators: readonly IndicatorDto[];
  mayReorder: boolean;
}) {
  const reorder = useApiMutation(goalsApi.reorderIndicators);
  const topLevel = indicators.filter((indicator) => indicator.parentIndicatorId === null);
  const move = (siblings: readonly IndicatorDto[], index: number, by: number) => {
    const ids = siblings.map((indicator) => indicator.id);
    const [moved] = ids.splice(index, 1);
    if (moved !== undefined) {
      ids.splice(index + by, 0, moved);
      reorder.save({ body: { ids } });
    }
  };
  const renderList = (siblings: readonly IndicatorDto[]) => (
    <ol className="ordered-list">
      {siblings.map((indicator, index) => {
        const children = indicators.filter((child) => child.parentIndicatorId === indicator.id);
        return (
          <li key={indicator.id}>
            <div className="ordered-item">
              <Link to={`/indikatorer/${indicator.id}`}>{indicator.name}</Link>
              {indicator.isObligatory && <span className="tag">Obligatorisk</span>}
              {indicator.retiredAt && <span className="tag">Avvecklad</span>}
              {mayReorder && (
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
              )}
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

function NewIndicatorForm({ goal, indicators }: { goal: GoalDto; indicators: readonly IndicatorDto[] }) {
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<DesiredDirection>('none');
  const [parent, setParent] = useState('');
  const { save, saving, error } = useApiMutation(goalsApi.createIndicator, { onSaved: () => setName('') });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({
      body: { goalId: goal.id, name, unit, desiredDirection: direction, parentIndicatorId: parent || null },
    });
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
          onChange={(value) => setDirection(oneOf(DESIRED_DIRECTIONS, value, 'none'))}
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
  const goal = useApiQuery(goalsApi.getGoal, { params: { id: goalId } });
  const indicators = useApiQuery(goalsApi.listGoalIndicators, { params: { id: goalId } });
  const unit = useOrgUnit(goal.data?.orgUnitId);
  const units = useOrgUnits();
  const municipalGoals = useApiQuery(goalsApi.listMunicipalGoals, { query: {} });
  const year = Number(params.get('ar')) || goal.data?.validFromYear;
  const rounds = useRounds(year);
  const update = useApiMutation(goalsApi.updateGoal);
  const retire = useApiMutation(goalsApi.retireGoal);
  const reinstate = useApiMutation(goalsApi.reinstateGoal);
  if (goal.isError) {
    return <LoadError error={goal.error} />;
  }
  if (!goal.data) {
    return <Loading what="målet" />;
  }
  const data = goal.data;
  const toggle = data.retiredAt === null ? retire : reinstate;
  const saveGoal = (values: GoalFormValues) =>
    update.save({ params: { id: data.id }, body: { ...goalPayload(values), version: data.version } });
  const followUps = (rounds.data ?? []).filter((round) => round.kind !== 'budget');
  const mayPlan = data.may.plan;
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
      <dl className="summary-list">
        <div>
          <dt>Enhet</dt>
          <dd>{unit.data ? `${unit.data.name} (${unit.data.code})` : '…'}</dd>
        </div>
        <div>
          <dt>Gäller</dt>
          <dd>
            {data.validToYear === null
              ? `från ${data.validFromYear}`
              : data.validToYear === data.validFromYear
                ? String(data.validFromYear)
                : `${data.validFromYear}–${data.validToYear}`}
          </dd>
        </div>
        {data.description && (
          <div>
            <dt>Beskrivning</dt>
            <dd>{data.description}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="assessments-title">
        <h2 id="assessments-title">Bedömningar {year}</h2>
        {followUps.length === 0 ? (
          <p>Det finns inga uppföljningstillfällen för {year}.</p>
        ) : (
          <ul className="link-list">
            {followUps.map((round) => (
              <li key={round.id}>
                <Link to={`/bedomning/${data.id}/${round.id}`}>Bedömning – {round.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">Indikatorer</h2>
        {indicators.data ? (
          <IndicatorList indicators={indicators.data} mayReorder={mayPlan} />
        ) : (
          <Loading what="indikatorerna" />
        )}
        {/* Shown at once, so the page does not grow under the cursor; parents to choose come with the list. */}
        {mayPlan && <NewIndicatorForm goal={data} indicators={indicators.data ?? []} />}
      </section>

      {mayPlan && (
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
            onSubmit={saveGoal}
          />
          <RetireControl
            noun="målet"
            isRetired={data.retiredAt !== null}
            saving={toggle.saving}
            error={toggle.error}
            onToggle={() => toggle.save({ params: { id: data.id }, body: { version: data.version } })}
          />
        </section>
      )}

      <HistorySection
        operation={goalsApi.history}
        input={{ params: { entity: 'goals', id: data.id } }}
        units={units.data}
        valueLabels={{
          municipalGoalId: Object.fromEntries(
            (municipalGoals.data ?? []).map((goal) => [goal.id, goal.name]),
          ),
        }}
      />
    </>
  );
}
