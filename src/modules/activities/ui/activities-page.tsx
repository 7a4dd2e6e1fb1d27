/**
 * Verksamhetsplan: a unit's activities for a year under their goals, as the verksamhetsplan tables of 001
 * print them (goal, its indicators with the year's target, each activity with "Slutfört"), with each
 * activity's status at the chosen round in words and icon. Planners add and change activities; the
 * responsible unit's reporters report a status with a comment. Controls show only to those the server says
 * may use them (GET /activities/permissions, the policy that decides every save), and none until it has.
 *
 * What is shown lives in the address (?enhet=VSS&ar=2020&tillfalle=…), so a view can be linked.
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { SelectField } from '#web/kit/field.tsx';
import { HistoryDetails } from '#web/kit/history.tsx';
import { LoadError, Loading, PageTitle } from '#web/kit/page.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import type { ReportingRoundDto } from '../../planning/contract.ts';
import { activitiesApi } from '../contract.ts';

type ActivityPlanDto = OperationResult<typeof activitiesApi.plan>;
type ActivityViewDto = ActivityPlanDto['goals'][number]['activities'][number];

import { ActivityForm } from './activity-form.tsx';
import { ActivityStatusBadge, StatusForm } from './status-form.tsx';
import { useActivitiesMay } from './use-activities-may.ts';

export const ACTIVITIES_PATH = '/verksamhetsplan';

/** The page's address for a unit, a year and (optionally) a round. */
export function activitiesPath(org: string, year: number, round?: string | null): string {
  const params = new URLSearchParams({ enhet: org, ar: String(year) });
  if (round) {
    params.set('tillfalle', round);
  }
  return `${ACTIVITIES_PATH}?${params.toString()}`;
}

type Unit = {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly parentId: string | null;
};

/** The round a reporter most likely wants: the first whose deadline has not passed, else the last. */
function defaultRound(rounds: readonly ReportingRoundDto[], today: string): ReportingRoundDto | undefined {
  return rounds.find((round) => round.deadline >= today) ?? rounds.at(-1);
}

function StatusCell({ activity, round }: { activity: ActivityViewDto; round: ReportingRoundDto | null }) {
  if (!round) {
    return activity.latestStatus ? (
      <ActivityStatusBadge status={activity.latestStatus} />
    ) : (
      <span className="meta">Ingen status ännu</span>
    );
  }
  if (activity.status) {
    return (
      <>
        <ActivityStatusBadge status={activity.status.status} />
        {activity.status.comment && <p className="meta">{activity.status.comment}</p>}
      </>
    );
  }
  return activity.due ? (
    <span className="tag">Ska följas upp – ingen status ännu</span>
  ) : (
    <span className="meta">Inte aktuell ännu</span>
  );
}

type Editing = { readonly kind: 'activity' | 'status'; readonly id: string } | null;

function GoalActivities(props: {
  plan: ActivityPlanDto;
  goal: ActivityPlanDto['goals'][number];
  units: readonly Unit[];
  mayPlan: boolean;
  /** The activities whose status the user may report at the round shown, as the server said. */
  reportActivities: readonly string[];
}) {
  const { plan, goal, units, mayPlan, reportActivities } = props;
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useApiMutation(activitiesApi.delete);
  const round = plan.round && plan.round.kind !== 'budget' ? plan.round : null;
  const mayReport = (activity: ActivityViewDto) => round !== null && reportActivities.includes(activity.id);
  const hasControls = mayPlan || goal.activities.some(mayReport);
  const columns = 4 + (hasControls ? 1 : 0);
  const titleId = `goal-${goal.id}-title`;
  return (
    <section aria-labelledby={titleId} className="plan-goal">
      <h2 id={titleId}>
        {goal.name}
        {goal.orgUnitCode !== plan.orgUnit.code && <span className="meta"> ({goal.orgUnitCode})</span>}
      </h2>
      {goal.indicators.length > 0 && (
        <table className="data-table" style={{ marginBottom: '1rem' }}>
          <caption className="visually-hidden">Indikatorer för {goal.name}</caption>
          <thead>
            <tr>
              <th scope="col">Indikator</th>
              <th scope="col">Målvärde {plan.year}</th>
            </tr>
          </thead>
          <tbody>
            {goal.indicators.map((indicator) => (
              <tr key={indicator.id}>
                <th scope="row">
                  {indicator.name}
                  {/* The unit, unless the name already says it ("Avtalstrohet (%)"). */}
                  {indicator.unit && !indicator.name.includes(`(${indicator.unit})`) ? (
                    <span className="meta"> ({indicator.unit})</span>
                  ) : null}
                </th>
                <td>{indicator.target ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {goal.activities.length === 0 ? (
        <p className="meta">Inga aktiviteter under målet ännu.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Aktiviteter för {goal.name}</caption>
          <thead>
            <tr>
              <th scope="col">Aktivitet</th>
              <th scope="col">Ansvarig</th>
              <th scope="col">Slutfört</th>
              <th scope="col">{round ? `Status ${round.name}` : 'Senaste status'}</th>
              {hasControls && (
                <th scope="col">
                  <span className="visually-hidden">Åtgärder</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {goal.activities.map((activity) => (
              <ActivityRows
                key={activity.id}
                activity={activity}
                plan={plan}
                units={units}
                round={round}
                columns={columns}
                hasControls={hasControls}
                mayPlan={mayPlan}
                mayReport={mayReport(activity)}
                editing={editing?.id === activity.id ? editing.kind : null}
                setEditing={setEditing}
                onRemove={() =>
                  remove.save({ params: { id: activity.id }, query: { version: activity.version } })
                }
              />
            ))}
          </tbody>
        </table>
      )}
      <ErrorSummary error={remove.error} />
    </section>
  );
}

function ActivityRows(props: {
  activity: ActivityViewDto;
  plan: ActivityPlanDto;
  units: readonly Unit[];
  round: ReportingRoundDto | null;
  columns: number;
  hasControls: boolean;
  mayPlan: boolean;
  mayReport: boolean;
  editing: 'activity' | 'status' | null;
  setEditing: (editing: Editing) => void;
  onRemove: () => void;
}) {
  const { activity, round } = props;
  const done = () => props.setEditing(null);
  return (
    <>
      <tr>
        <th scope="row">
          {activity.text}
          {activity.carriedFromId && <span className="tag">Överförd från {activity.year - 1}</span>}
          <HistoryDetails
            summary={
              <>
                Historik<span className="visually-hidden"> för ”{activity.text}”</span>
              </>
            }
            operation={activitiesApi.history}
            input={{ params: { id: activity.id } }}
            units={props.units}
          />
          {activity.status && round && (
            <HistoryDetails
              summary={
                <>
                  Statusens historik {round.name}
                  <span className="visually-hidden"> för ”{activity.text}”</span>
                </>
              }
              operation={activitiesApi.statusHistory}
              input={{ params: { id: activity.status.id } }}
            />
          )}
        </th>
        <td>{activity.responsibleUnit.name}</td>
        <td>{activity.completionText}</td>
        <td>
          <StatusCell activity={activity} round={round} />
        </td>
        {props.hasControls && (
          <td className="actions">
            {props.mayReport && (
              <button
                type="button"
                className="button button-small"
                onClick={() => props.setEditing({ kind: 'status', id: activity.id })}
              >
                Rapportera status<span className="visually-hidden"> för ”{activity.text}”</span>
              </button>
            )}
            {props.mayPlan && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => props.setEditing({ kind: 'activity', id: activity.id })}
              >
                Ändra<span className="visually-hidden"> ”{activity.text}”</span>
              </button>
            )}
            {props.mayPlan && activity.latestStatus === null && (
              <button type="button" className="button button-secondary button-small" onClick={props.onRemove}>
                Ta bort<span className="visually-hidden"> ”{activity.text}”</span>
              </button>
            )}
          </td>
        )}
      </tr>
      {props.editing && (
        <tr>
          <td colSpan={props.columns}>
            {props.editing === 'status' && round ? (
              <StatusForm activity={activity} round={round} onDone={done} />
            ) : (
              <ActivityForm plan={props.plan} units={props.units} activity={activity} onDone={done} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function Plan({ org, year, round }: { org: string; year: number; round: string | null }) {
  const units = useOrgUnits(year);
  // What the user may change comes from the server, asked for the same unit, year and round as the plan.
  const may = useActivitiesMay(org, year, round);
  const plan = useApiQuery(activitiesApi.plan, { query: { org, year, round: round ?? undefined } });
  if (plan.isError) {
    return <LoadError error={plan.error} />;
  }
  if (!plan.data || !units.data) {
    return <Loading what="verksamhetsplanen" />;
  }
  const mayPlan = may.plan;
  const goals = plan.data.goals;
  return (
    <>
      {goals.length === 0 && (
        <p>
          {plan.data.orgUnit.name} har inga mål eller aktiviteter för {year}.
        </p>
      )}
      {goals.map((goal) => (
        <GoalActivities
          key={goal.id}
          plan={plan.data}
          goal={goal}
          units={units.data}
          mayPlan={mayPlan}
          reportActivities={may.reportActivities}
        />
      ))}
      {mayPlan && plan.data.goalOptions.length > 0 && (
        <section aria-labelledby="new-activity-title">
          <ActivityForm key={`${org}-${year}`} plan={plan.data} units={units.data} />
        </section>
      )}
    </>
  );
}

export function ActivitiesPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const roundYears = useRoundYears();
  const org = shownUnitCode(units.data, params.get('enhet'));
  const rounds = useApiQuery(activitiesApi.plan, { query: { org, year } }, { enabled: org !== '' }).data
    ?.rounds;
  const chosen = params.get('tillfalle');
  const round =
    chosen === 'ingen'
      ? null
      : (rounds?.find((candidate) => candidate.id === chosen) ??
        defaultRound(rounds ?? [], new Date().toISOString().slice(0, 10)) ??
        null);
  const go = (change: { org?: string; year?: number; round?: string }) => {
    const next = new URLSearchParams({ enhet: change.org ?? org, ar: String(change.year ?? year) });
    const nextRound = change.round ?? (change.org || change.year ? undefined : chosen);
    if (nextRound) {
      next.set('tillfalle', nextRound);
    }
    setParams(next);
  };
  const years = [...new Set([...roundYears, year - 1, year, year + 1])].sort((a, b) => a - b);
  return (
    <>
      <PageTitle title="Verksamhetsplan">Verksamhetsplan</PageTitle>
      <p className="lead">
        Enhetens aktiviteter för året under de mål de ska bidra till, med när de ska vara slutförda och hur
        det går vid varje uppföljningstillfälle.
      </p>
      <div className="field-row">
        <SelectField
          id="activities-org"
          label="Enhet"
          value={org}
          onChange={(value) => go({ org: value })}
          options={(units.data ?? []).map((unit) => ({
            value: unit.code,
            label: `${unit.name} (${unit.code})`,
          }))}
        />
        <SelectField
          id="activities-year"
          label="År"
          value={String(year)}
          onChange={(value) => go({ year: Number(value) })}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="activities-round"
          label="Uppföljningstillfälle"
          value={round?.id ?? 'ingen'}
          onChange={(value) => go({ round: value })}
          options={[
            { value: 'ingen', label: 'Inget – bara planen' },
            ...(rounds ?? []).map((candidate) => ({ value: candidate.id, label: candidate.name })),
          ]}
        />
      </div>
      {org && (
        <p>
          <Link to={`/${year}/${encodeURIComponent(org)}`}>Till enhetens sida</Link>
        </p>
      )}
      {org && rounds && <Plan org={org} year={year} round={round?.id ?? null} />}
    </>
  );
}

/** The link to the page from a unit's page, to the round the user is looking at (none from the budget). */
export function ActivitiesLink(props: {
  code: string;
  year: number;
  round?: { readonly id: string; readonly kind: string } | undefined;
}) {
  const round = props.round?.kind === 'budget' ? undefined : props.round?.id;
  return (
    <Link className="button button-secondary" to={activitiesPath(props.code, props.year, round)}>
      Verksamhetsplan
    </Link>
  );
}
