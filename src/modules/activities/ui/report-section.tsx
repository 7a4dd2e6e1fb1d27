/**
 * Aktiviteter i verksamhetsplanen on the one-screen report (Rapportera på en sida): the unit's activities
 * that are due in the round (or already have a status there), each a row with its goal, its planned
 * completion and its status in words and icon. Where the report may change and the user may report on the
 * activity's responsible unit, the row takes a status – never preselected while there is none – and a
 * comment, saved by the row's own button with the version it was read at; a status someone else saved
 * meanwhile is refused with the server's message, and the user keeps their own or takes the saved one.
 *
 * Keyboard: Tab moves through a row's fields to its button; Ctrl+Enter in the comment saves the row and
 * Escape undoes its unsaved changes.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useSession } from '#modules/access/ui/index.ts';
import { unitPath } from '#modules/organisation/domain/index.ts';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiQuery, useRefresh } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import type { ReportSectionProps } from '#web/kit/ui-module.ts';
import { activitiesApi } from '../contract.ts';
import {
  ActivityStatusBadge,
  type ActivityViewDto,
  chosenStatus,
  STATUS_OPTIONS,
  useStatusSave,
} from './status-form.tsx';

const TITLE = 'Aktiviteter i verksamhetsplanen';

interface RowValues {
  readonly status: string;
  readonly comment: string;
}

const valuesOf = (activity: ActivityViewDto): RowValues => ({
  status: activity.status?.status ?? '',
  comment: activity.status?.comment ?? '',
});

/** What the row says of a saved status, for comparing it with one's own. */
function describe(values: RowValues): string {
  const status = STATUS_OPTIONS.find((option) => option.value === values.status)?.label ?? 'ingen status';
  return values.comment ? `${status} – ”${values.comment}”` : status;
}

function ActivityRow(props: {
  activity: ActivityViewDto;
  roundId: string;
  mayReport: boolean;
  /** The goal's header, in the first of its activities' rows (spanning them, as the documents print it). */
  goal?: ReactNode;
}) {
  const { activity, roundId, mayReport } = props;
  const id = useId();
  const [draft, setDraft] = useState<RowValues | null>(null);
  const [savedHere, setSavedHere] = useState(false);
  const save = useStatusSave(activity, roundId, () => {
    setDraft(null);
    setSavedHere(true);
  });
  const refresh = useRefresh();
  const conflict = save.error?.isConflict === true;
  // A refused save changed nothing, so nothing refreshed: fetch what the other person saved, to compare.
  useEffect(() => {
    if (conflict) {
      void refresh(activitiesApi.saveStatus.spec.resources);
    }
  }, [conflict, refresh]);

  const saved = valuesOf(activity);
  const values = draft ?? saved;
  const status = chosenStatus(values.status);
  const changed = draft !== null && (draft.status !== saved.status || draft.comment !== saved.comment);
  const change = (patch: Partial<RowValues>) => {
    setDraft({ ...values, ...patch });
    setSavedHere(false);
  };
  const submit = () => {
    if (status) {
      save.submit(status, values.comment);
    }
  };
  const undo = () => {
    setDraft(null);
    save.reset();
  };
  const keys = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      undo();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && changed) {
      event.preventDefault();
      submit();
    }
  };
  const named = <span className="visually-hidden"> för ”{activity.text}”</span>;
  const ids = { status: `${id}-status`, comment: `${id}-comment` };
  const invalid = (path: string) => save.error?.fields.some((field) => field.path === path) || undefined;
  // The select offers no empty choice once a status is saved: a status can be changed, not taken back.
  const options = activity.status ? STATUS_OPTIONS : [{ value: '', label: 'Välj status' }, ...STATUS_OPTIONS];

  return (
    <tr className={save.error ? 'report-row-error' : undefined}>
      {props.goal}
      <th scope="row">{activity.text}</th>
      <td>{activity.completionText}</td>
      <td>
        {activity.status ? (
          <ActivityStatusBadge status={activity.status.status} />
        ) : (
          <span className="meta">Ingen status ännu</span>
        )}
        {mayReport && (
          <div>
            <label className="visually-hidden" htmlFor={ids.status}>
              Status för ”{activity.text}”
            </label>
            <select
              id={ids.status}
              className="input"
              value={values.status}
              aria-invalid={invalid('status')}
              onChange={(event) => change({ status: event.target.value })}
              onKeyDown={keys}
            >
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </td>
      <td>
        {mayReport ? (
          <>
            <label className="visually-hidden" htmlFor={ids.comment}>
              Kommentar för ”{activity.text}”
            </label>
            <textarea
              id={ids.comment}
              className="input input-full"
              rows={2}
              value={values.comment}
              aria-invalid={invalid('comment')}
              onChange={(event) => change({ comment: event.target.value })}
              onKeyDown={keys}
            />
            <div className="report-state">
              <button
                type="button"
                className="button button-small"
                disabled={save.saving || !changed || status === null}
                onClick={submit}
              >
                Spara{named}
              </button>
              <span aria-live="polite">
                {save.saving
                  ? ' Sparar …'
                  : changed && !save.error
                    ? ' Ej sparat'
                    : savedHere
                      ? ' ✓ Sparat'
                      : ''}
              </span>
            </div>
          </>
        ) : (
          saved.comment
        )}
        {/* In the row's own cell, so that the goal's header keeps spanning exactly its activities' rows. */}
        <ErrorSummary error={save.error} fieldIds={ids} />
        {conflict && (
          <div className="report-conflict">
            <p>Sparat nu: {describe(saved)}</p>
            <p>Ditt förslag: {describe(values)}</p>
            <button type="button" className="button button-small" onClick={submit} disabled={save.saving}>
              Spara min status{named}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={undo}>
              Använd den sparade{named}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

/**
 * The activities that belong to the round's follow-up – due there, or already given a status there – under
 * their goals, in the order the goals first come.
 */
function byGoal(activities: readonly ActivityViewDto[]): { goal: string; activities: ActivityViewDto[] }[] {
  const shown = activities.filter((activity) => activity.due === true || activity.status !== null);
  const goals = [...new Set(shown.map((activity) => activity.goalId))];
  return goals.map((goalId) => {
    const own = shown.filter((activity) => activity.goalId === goalId);
    return { goal: own[0]?.goalName ?? '', activities: own };
  });
}

export function ActivitiesReportSection({ roundId, unit, year, editable }: ReportSectionProps) {
  const titleId = useId();
  const session = useSession();
  const list = useApiQuery(activitiesApi.list, { query: { org: unit, year, round: roundId } });
  const units = useOrgUnits(year);
  const body = () => {
    if (list.isError) {
      return <LoadError error={list.error} />;
    }
    if (!list.data || (editable && !units.data)) {
      return <Loading what="aktiviteterna" />;
    }
    const goals = byGoal(list.data);
    if (goals.length === 0) {
      return <p>Inga aktiviteter att följa upp vid det här tillfället.</p>;
    }
    const mayReport = (activity: ActivityViewDto) =>
      editable && session.can('report', unitPath(units.data ?? [], activity.responsibleUnitId), year);
    const anyReportable = goals.some((goal) => goal.activities.some(mayReport));
    return (
      <>
        {anyReportable && (
          <p className="meta">
            Välj status och skriv en kommentar, och spara raden med dess knapp (eller Ctrl+Enter i
            kommentaren). Esc ångrar radens ändringar.
          </p>
        )}
        <div className="table-scroll">
          <table className="goal-table report-grid">
            <caption className="visually-hidden">Aktiviteter att följa upp vid tillfället</caption>
            <thead>
              <tr>
                <th scope="col" className="goal-col">
                  Mål
                </th>
                <th scope="col">Aktivitet</th>
                <th scope="col">Slutfört</th>
                <th scope="col">Status</th>
                <th scope="col">Kommentar</th>
              </tr>
            </thead>
            {goals.map(({ goal, activities }) => (
              <tbody key={activities[0]?.goalId}>
                {activities.map((activity, index) => (
                  <ActivityRow
                    key={activity.id}
                    activity={activity}
                    roundId={roundId}
                    mayReport={mayReport(activity)}
                    goal={
                      index === 0 ? (
                        <th scope="rowgroup" rowSpan={activities.length} className="goal-cell">
                          <span className="goal-name">{goal}</span>
                        </th>
                      ) : undefined
                    }
                  />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      </>
    );
  };
  return (
    <section aria-labelledby={titleId} className="report-goal">
      <h2 id={titleId}>{TITLE}</h2>
      {body()}
    </section>
  );
}
